import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, requestRefused } from '@laa/errors';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  getNullableType,
  GraphQLCompositeType,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/** How big one operation may be: council systems and the console stay far below these. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** Every field costs 1; a list multiplies what is selected inside it by LIST_FACTOR. */
  maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxCost: 25_000 };
/** Assumed size of a list when estimating cost (an area list, a target suite). */
export const LIST_FACTOR = 10;

export interface OperationSize {
  depth: number;
  aliases: number;
  cost: number;
}

/** Measures an operation against the schema; introspection fields (__schema, __type) are not counted. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const size = { depth: 0, aliases: 0 };
  const root = schema.getRootType(operation.operation);
  const walk = (selections: SelectionSetNode, parent: GraphQLCompositeType | undefined, depth: number): number => {
    size.depth = Math.max(size.depth, depth);
    let cost = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (selection.alias && selection.alias.value !== name) size.aliases++;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const type = field?.type;
        const named = type ? getNamedType(type) : undefined;
        const inner = selection.selectionSet ? walk(selection.selectionSet, isCompositeType(named) ? named : undefined, depth + 1) : 0;
        // The gateway costed the whole operation, representations included; counting _entities as a list again
        // would refuse deep but legitimate plans (a story's claims and their evidence) here.
        const multiplier = type && isListType(getNullableType(type)) && name !== '_entities' ? LIST_FACTOR : 1;
        cost += 1 + multiplier * inner;
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        cost += walk(fragment.selectionSet, isCompositeType(condition) ? condition : parent, depth);
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, root ?? undefined, 0);
  return { ...size, cost };
}

/** Refuses an operation over the limits before anything is resolved, with a code a client can act on. */
export function operationLimitsPlugin<C extends BaseContext>(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, schema }) {
          // The gateway would otherwise fail inside its query planner (a 500) on an unknown operationName.
          if (!operation) {
            throw new GraphQLError(`The document has no operation named ${JSON.stringify(operationName)}`, {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          const size = measureOperation(schema, document, operation);
          if (size.depth > limits.maxDepth) {
            throw requestRefused(ErrorCode.QUERY_TOO_DEEP, `The operation nests ${size.depth} levels deep; the limit is ${limits.maxDepth}`, 400, { limit: limits.maxDepth });
          }
          if (size.aliases > limits.maxAliases) {
            throw requestRefused(ErrorCode.TOO_MANY_ALIASES, `The operation uses ${size.aliases} aliases; the limit is ${limits.maxAliases}`, 400, { limit: limits.maxAliases });
          }
          if (size.cost > limits.maxCost) {
            throw requestRefused(ErrorCode.QUERY_TOO_COMPLEX, `The operation's estimated cost is ${size.cost}; the limit is ${limits.maxCost}: ask for fewer fields or split it`, 400, { limit: limits.maxCost, cost: size.cost });
          }
        },
      };
    },
  };
}
