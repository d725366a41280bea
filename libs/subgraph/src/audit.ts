import { ApolloServerPlugin } from '@apollo/server';
import { Caller } from '@laa/identity';
import { SubgraphContext } from './context';
import { Logger } from './logger';
import { redactSecrets, secretVariables } from './redaction';

/**
 * Adds the access log of sensitive drafts to a request's caller: one `draft read` line per area a
 * signed-in caller reads drafts of, with who they are and their roles.
 */
export function auditedCaller(caller: Caller, log: Logger): Caller {
  if (!caller.authenticated) return caller;
  const logged = new Set<string>();
  return {
    ...caller,
    onDraftRead(place) {
      if (logged.has(place.area)) return;
      logged.add(place.area);
      log.audit('draft read', {
        caller: caller.id,
        roles: caller.grants.map((g) => g.role),
        // Not `region`: the service's logger carries its own region, and a line must not name one key twice.
        areaRegion: place.region,
        area: place.area,
      });
    },
  };
}

/** One `change` line per mutation a subgraph runs: who, which mutation, with what, and the outcome. */
export function changeAuditPlugin<S>(): ApolloServerPlugin<SubgraphContext<S>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, request, errors }) {
          if (operation?.operation !== 'mutation') return;
          const { caller, log } = contextValue;
          log.audit('change', {
            caller: caller.authenticated ? caller.id : 'public',
            name: caller.authenticated ? caller.name : undefined,
            mutations: operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])),
            variables: redactSecrets(request.variables ?? {}, secretVariables(operation)),
            outcome: errors?.length ? errors.map((e) => e.extensions?.code ?? 'ERROR') : 'done',
          });
        },
      };
    },
  };
}
