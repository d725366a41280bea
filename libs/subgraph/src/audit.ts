import { Caller } from '@laa/identity';
import { Logger } from './logger';

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
      log.info('draft read', { audit: true, caller: caller.id, roles: caller.grants.map((g) => g.role), region: place.region, area: place.area });
    },
  };
}
