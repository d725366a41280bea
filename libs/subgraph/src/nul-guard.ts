import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@laa/errors';
import { DocumentNode, GraphQLError, visit } from 'graphql';

const NUL = '\u0000';

/** True when a string anywhere in the value (a variable: objects, lists) holds a NUL character. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

function literalHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * Refuses a NUL character in any string argument or variable with BAD_USER_INPUT, before a resolver runs:
 * PostgreSQL cannot store NUL in text, so it would otherwise surface as an internal error half way through.
 * Listed after signedInChangesPlugin: the public's mutation is refused UNAUTHENTICATED before its input is judged.
 */
export function nulGuardPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!holdsNul(request.variables) && !literalHoldsNul(document)) return;
          // HTTP 200 as for any refused field, so the gateway passes the message and code through.
          throw new GraphQLError(
            'A text argument holds a NUL character (\\u0000), which the platform does not store: remove it',
            {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 200 } },
            },
          );
        },
      };
    },
  };
}
