import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, requestRefused } from '@laa/errors';
import {
  DocumentNode,
  FieldNode,
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
import { listSize } from './list-sizes';

/** How big one operation may be: council systems and the console stay far below these. */
export interface OperationLimits {
  maxDepth: number;
  /** Every alias counts, `__typename` ones too. */
  maxAliases: number;
  /** Fields selected, fragments expanded, `__typename` included (before lists multiply them). */
  maxFields: number;
  /** Every field costs 1; a list multiplies what is selected inside it by its expected size (list-sizes.ts). */
  maxCost: number;
}

/**
 * The console's heaviest operation (an area's whole evidence profile) costs about 30,000; a region's profile
 * (every area) costs a million and is refused. operation-limits.test.ts walks the console's and the safelist's operations.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxFields: 1_000,
  maxCost: 60_000,
};

export interface OperationSize {
  depth: number;
  aliases: number;
  fields: number;
  cost: number;
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Measures an operation against the schema; introspection (__schema, __type) is not counted (production
 * turns it off). Stops counting once `maxFields` is passed, so a fragment that spreads itself out cannot make it slow.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  maxFields = Infinity,
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const size = { depth: 0, aliases: 0, fields: 0 };
  const fieldCost = (selection: FieldNode, parent: GraphQLCompositeType | undefined, depth: number): number => {
    size.fields++;
    if (selection.alias) size.aliases++;
    const field =
      parent && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[selection.name.value]
        : undefined;
    const named = field ? getNamedType(field.type) : undefined;
    const inner = selection.selectionSet
      ? walk(selection.selectionSet, isCompositeType(named) ? named : undefined, depth + 1)
      : 0;
    const multiplier =
      field && parent && isListType(getNullableType(field.type)) ? listSize(parent.name, field.name) : 1;
    return 1 + multiplier * inner;
  };
  const walk = (selections: SelectionSetNode, parent: GraphQLCompositeType | undefined, depth: number): number => {
    size.depth = Math.max(size.depth, depth);
    let cost = 0;
    for (const selection of selections.selections) {
      if (size.fields > maxFields) break;
      if (selection.kind === Kind.FIELD) {
        if (!INTROSPECTION_FIELDS.has(selection.name.value)) cost += fieldCost(selection, parent, depth);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      cost += walk(fragment.selectionSet, isCompositeType(condition) ? condition : parent, depth);
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 0);
  return { ...size, cost };
}

/** The first limit an operation of this size passes, as the refusal a client can act on; undefined when within all. */
export function limitRefusal(
  size: Omit<OperationSize, 'cost'> & { cost?: number },
  limits: OperationLimits,
): GraphQLError | undefined {
  if (size.depth > limits.maxDepth) {
    return requestRefused(
      ErrorCode.QUERY_TOO_DEEP,
      `The operation nests ${size.depth} levels deep; the limit is ${limits.maxDepth}`,
      400,
      { limit: limits.maxDepth },
    );
  }
  if (size.aliases > limits.maxAliases) {
    return requestRefused(
      ErrorCode.TOO_MANY_ALIASES,
      `The operation uses ${size.aliases} aliases; the limit is ${limits.maxAliases}`,
      400,
      { limit: limits.maxAliases },
    );
  }
  if (size.fields > limits.maxFields) {
    return requestRefused(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The operation selects more than ${limits.maxFields} fields: ask for fewer or split it`,
      400,
      { limit: limits.maxFields },
    );
  }
  if (size.cost !== undefined && size.cost > limits.maxCost) {
    return requestRefused(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The operation's estimated cost is ${size.cost}; the limit is ${limits.maxCost}: ask for fewer fields or split it`,
      400,
      { limit: limits.maxCost, cost: size.cost },
    );
  }
  return undefined;
}

/** Refuses an operation over the limits before anything is resolved, with a code a client can act on. */
export function operationLimitsPlugin<C extends BaseContext>(
  limits: OperationLimits = DEFAULT_OPERATION_LIMITS,
): ApolloServerPlugin<C> {
  // Apollo hands the same parsed document for the same text (its document cache), so each operation is measured once.
  const sizes = new WeakMap<DocumentNode, Map<OperationDefinitionNode, OperationSize>>();
  const sizeOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => {
    let measured = sizes.get(document);
    if (!measured) sizes.set(document, (measured = new Map<OperationDefinitionNode, OperationSize>()));
    let size = measured.get(operation);
    if (!size) measured.set(operation, (size = measureOperation(schema, document, operation, limits.maxFields)));
    return size;
  };
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
          const refusal = limitRefusal(sizeOf(schema, document, operation), limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
