import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@laa/errors';
import { GraphQLError } from 'graphql';
import { SubgraphContext } from './context';

/**
 * Refuses a mutation from the public before its arguments are read: an anonymous caller learns that it must sign
 * in, not which inputs would pass validation. Each mutation still checks its caller's roles; `publicMutations`
 * are those the public may call (exchanging a council system's credential for a token).
 */
export function signedInChangesPlugin<S>(
  publicMutations: readonly string[] = [],
): ApolloServerPlugin<SubgraphContext<S>> {
  const open = new Set(['__typename', ...publicMutations]);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.caller.authenticated) return;
          const closed = operation.selectionSet.selections.flatMap((s) =>
            s.kind === 'Field' && !open.has(s.name.value) ? [s.name.value] : [],
          );
          if (closed.length === 0) return;
          // HTTP 200 as for any refused field, so the gateway passes the message and code through.
          throw new GraphQLError(`Sign in: ${closed.join(', ')} needs an authenticated caller`, {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 200 } },
          });
        },
      };
    },
  };
}
