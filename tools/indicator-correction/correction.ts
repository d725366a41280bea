/** What the steward corrects: one field of one national indicator, its source and the day it holds from. */
export interface CorrectionInput {
  indicator: string;
  title?: string;
  department?: string;
  polarity?: string;
  statutoryDcsf?: boolean;
  source: string;
  effectiveFrom: string;
}

/** What one region answered. */
export type RegionOutcome =
  { ok: true; recorded: boolean; revision: number; agreementsUpdated: boolean | null } | { ok: false; reason: string };

const CORRECT = `mutation ($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { recorded agreementsUpdated indicator { revision } } }`;

type Answer = {
  data?: {
    correctIndicator: { recorded: boolean; agreementsUpdated: boolean | null; indicator: { revision: number } };
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Sends the correction to one region's gateway, as national data goes to every region; never throws. */
export async function correctInRegion(
  gatewayUrl: string,
  token: string,
  input: CorrectionInput,
): Promise<RegionOutcome> {
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CORRECT, variables: { input } }),
      signal: AbortSignal.timeout(30_000),
    });
    const answer = (await response.json()) as Answer;
    const error = answer.errors?.[0];
    if (error) return { ok: false, reason: `${error.extensions?.code ?? 'ERROR'}: ${error.message}` };
    const result = answer.data!.correctIndicator;
    return {
      ok: true,
      recorded: result.recorded,
      revision: result.indicator.revision,
      agreementsUpdated: result.agreementsUpdated,
    };
  } catch (failure) {
    return {
      ok: false,
      reason: `the gateway did not answer (${(failure as Error).cause ? String((failure as Error & { cause: Error }).cause.message) : (failure as Error).message})`,
    };
  }
}

/** One line per region, saying what happened there. */
export function describeOutcome(where: string, outcome: RegionOutcome): string {
  if (!outcome.ok) return `${where}: FAILED, ${outcome.reason}`;
  const what = outcome.recorded
    ? `recorded (indicator revision ${outcome.revision})`
    : `already held (indicator revision ${outcome.revision}), nothing recorded twice`;
  const agreements =
    outcome.agreementsUpdated === null
      ? ''
      : outcome.agreementsUpdated
        ? '; agreements holds the correction'
        : '; AGREEMENTS DID NOT ANSWER: send it again';
  return `${where}: ${what}${agreements}`;
}

/** Taken everywhere it went: recorded or already held, and agreements told where its rules read the field. */
export const complete = (outcome: RegionOutcome) => outcome.ok && outcome.agreementsUpdated !== false;
