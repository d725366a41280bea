import { Logger, PeerSubgraphs } from '@laa/subgraph';
import { CorrectedField, IndicatorCorrection } from '../entities/indicator-correction';
import { MembershipFact } from '../rules/indicator-corrections';

const HOLD_MEMBERSHIPS = `mutation ($input: StatutoryMembershipsInput!) { holdStatutoryMemberships(input: $input) }`;
const HOLD_CORRECTIONS = `mutation ($input: HeldCorrectionsInput!) { holdIndicatorCorrections(input: $input) }`;

/** The corrected facts agreements' rules read besides the statutory set: the levels check, coverage, the choices. */
const AGREEMENTS_READ: readonly CorrectedField[] = [CorrectedField.POLARITY, CorrectedField.DEPARTMENT];

/**
 * Sends agreements what it judges a correction by. True when it took it; false when it did not answer (the correction
 * stands here and the answer says so: sending the same correction again records nothing twice and sends it again).
 */
async function sendToAgreements(
  peers: PeerSubgraphs,
  query: string,
  input: Record<string, unknown>,
  authorization: string | undefined,
  log?: Logger,
): Promise<boolean> {
  try {
    // The steward's token goes along: every change needs a signed-in caller, and the peer key says it is evidence asking.
    await peers.query<Record<string, boolean>, Record<string, unknown>>('agreements', query, { input }, authorization);
    return true;
  } catch (failure) {
    log?.warn('agreements did not take an indicator correction', {
      indicatorCode: input.indicatorCode,
      reason: (failure as Error).message,
    });
    return false;
  }
}

/**
 * Agreements keeps its own copy of the facts it judges agreements by (the statutory set, polarity, department),
 * because it judges them in its own write transaction (never a peer call then a write). After a correction commits
 * here, the indicator's memberships, or its polarity and department corrections, are sent there. Null for a title,
 * which agreements does not judge by.
 */
export async function sendCorrectionToAgreements(
  peers: PeerSubgraphs,
  outcome: { correction: IndicatorCorrection; memberships: MembershipFact[]; corrections: IndicatorCorrection[] },
  authorization: string | undefined,
  log?: Logger,
): Promise<boolean | null> {
  const indicatorCode = outcome.correction.indicatorCode;
  if (outcome.correction.field === CorrectedField.STATUTORY_DCSF) {
    const memberships = outcome.memberships.map(({ from, to, status, reason, origin }) => ({
      from,
      to,
      status,
      reason,
      origin,
    }));
    return sendToAgreements(peers, HOLD_MEMBERSHIPS, { indicatorCode, memberships }, authorization, log);
  }
  if (!AGREEMENTS_READ.includes(outcome.correction.field)) return null;
  const corrections = outcome.corrections
    .filter((c) => AGREEMENTS_READ.includes(c.field))
    .map((c) => ({
      id: c.id,
      field: c.field,
      value: String(c.value),
      source: c.source,
      effectiveFrom: c.effectiveFrom,
      recordedAt: c.recordedAt.toISOString(),
    }));
  return sendToAgreements(peers, HOLD_CORRECTIONS, { indicatorCode, corrections }, authorization, log);
}
