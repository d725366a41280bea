import { Logger, PeerSubgraphs } from '@laa/subgraph';
import { MembershipFact } from '../rules/indicator-corrections';

const HOLD = `mutation ($input: StatutoryMembershipsInput!) { holdStatutoryMemberships(input: $input) }`;

/**
 * Agreements keeps its own copy of the statutory set, because it judges every agreement against it in its own write
 * transaction (never a peer call then a write). After a statutory correction commits here, the indicator's memberships
 * are sent there; if agreements does not answer, the correction stands and the answer says so (sending the same
 * correction again records nothing twice and sends the memberships again).
 */
export async function sendStatutoryMemberships(
  peers: PeerSubgraphs,
  indicatorCode: string,
  memberships: MembershipFact[],
  authorization: string | undefined,
  log?: Logger,
): Promise<boolean> {
  const input = {
    indicatorCode,
    memberships: memberships.map(({ from, to, status, reason, origin }) => ({ from, to, status, reason, origin })),
  };
  try {
    // The steward's token goes along: every change needs a signed-in caller, and the peer key says it is evidence asking.
    await peers.query<{ holdStatutoryMemberships: boolean }, Record<string, unknown>>(
      'agreements',
      HOLD,
      { input },
      authorization,
    );
    return true;
  } catch (failure) {
    log?.warn('agreements did not take a statutory correction', { indicatorCode, reason: (failure as Error).message });
    return false;
  }
}
