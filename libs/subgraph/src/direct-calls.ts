import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, requestRefused } from '@laa/errors';
import { Role } from '@laa/identity';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { SubgraphContext } from './context';
import { operationId, Safelist } from './safelist';

/** The names of the fields an operation selects at its root, through fragments too. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): Set<string> {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value) && fragments.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(fragments.get(selection.name.value)!.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

/**
 * What a subgraph allows a caller who comes with a token but without its gateway: not the schema's source
 * (`_service { sdl }` is for the gateway's tooling), and for a council system only the safelisted operations,
 * sent as their full text, as the gateway allows it.
 */
export function directCallsPlugin<S>(safelist: Safelist): ApolloServerPlugin<SubgraphContext<S>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request }) {
          if (contextValue.viaGateway || !operation) return;
          if (rootFields(document, operation).has('_service')) {
            throw requestRefused(ErrorCode.FORBIDDEN, "The subgraph's schema is for the regional gateway only", 403);
          }
          const { caller } = contextValue;
          const councilSystem =
            caller.authenticated && caller.grants.some((grant) => grant.role === Role.COUNCIL_SYSTEM);
          if (councilSystem && !(request.query && safelist.has(operationId(request.query)))) {
            throw requestRefused(
              ErrorCode.OPERATION_NOT_SAFELISTED,
              'Council systems may run only the safelisted operations (see docs/API.md)',
              400,
            );
          }
        },
      };
    },
  };
}
