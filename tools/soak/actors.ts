import { post } from './client';
import { Ledger } from './ledger';
import { LiveAgreement, LiveTarget, RegionWorld } from './region-world';
import { Tally } from './tally';

const SET_LEVELS = `mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }`;
const TAKE_STEP = `mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }`;
const CONSULT = `mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }`;
const PUBLIC_READ = `query ($code: String!) { area(code: $code) { name partnership { name } agreement { stage signOff { stage } } } }`;
const DRAFT_READ = `query ($code: String!) { area(code: $code) { agreement { targets { id version levels indicator { code title } } negotiationPoints { id } } } }`;

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];
const levelsFor = (n: number) => [40 + (n % 7), 45 + (n % 5), 50 + (n % 3)];

/** A public read and a draft read of one area: federated across the four subgraphs. */
export async function readArea(world: RegionWorld, tally: Tally, n: number): Promise<void> {
  const code = pick(world.areaCodes, n);
  await post(tally, world.url, PUBLIC_READ, { code });
  await post(tally, world.url, DRAFT_READ, { code }, world.tokens.reader);
}

/** Sets a target's levels at the version last seen; a CONFLICT re-reads it next time, a refusal is a rule at work. */
export async function editLevels(
  world: RegionWorld,
  tally: Tally,
  ledger: Ledger,
  target: LiveTarget,
  n: number,
): Promise<boolean> {
  const levels = levelsFor(n);
  const answer = await post<{ setTargetLevels: { version: number } }>(
    tally,
    world.url,
    SET_LEVELS,
    { input: { targetId: target.id, expectedVersion: target.version, levels } },
    world.tokens.editor,
  );
  if (!answer.data?.setTargetLevels) {
    const current = answer.errors?.[0]?.extensions?.currentVersion;
    if (typeof current === 'number') target.version = current;
    return false;
  }
  target.version = answer.data.setTargetLevels.version;
  ledger.recordEdit(world.region, target.id, target.version, levels);
  return true;
}

/**
 * A Minister signs an agreement the Regional Director has recommended while an editor sets one of its targets'
 * levels, both at once: at most one may take effect unless a permit opened the target.
 */
export async function signWhileEditing(
  world: RegionWorld,
  tally: Tally,
  ledger: Ledger,
  agreement: LiveAgreement,
  n: number,
): Promise<void> {
  await post(
    tally,
    world.url,
    CONSULT,
    { input: { agreementId: agreement.id, colleagues: ['Home Secretary'], outcome: 'No objections (soak)' } },
    world.tokens.minister,
  );
  const target = agreement.targets.find((t) => t.kind !== 'LOCAL');
  if (!target) return;
  const [signature, edited] = await Promise.all([
    post<{ takeSignOffStep: { stage: string } }>(
      tally,
      world.url,
      TAKE_STEP,
      {
        input: {
          agreementId: agreement.id,
          stage: 'SIGNED',
          expectedVersion: agreement.signOff.version,
          reason: 'Signed during the soak',
        },
      },
      world.tokens.minister,
    ),
    editLevels(world, tally, ledger, target, n),
  ]);
  const signed = signature.data?.takeSignOffStep?.stage === 'SIGNED';
  ledger.races.push({
    agreementId: agreement.id,
    signed,
    edited,
    signatureRefusal: signed ? null : refusalWords(signature.errors?.[0]?.extensions),
  });
}

const REQUEST_CHANGE = `mutation ($input: TargetChangeInput!) { requestTargetChange(input: $input) { id version status } }`;
const DECIDE_CHANGE = `mutation ($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { id status } }`;

/**
 * Controlled refresh under contention: one approved change of a signed target's levels, then three editors at once
 * (two with the approved levels, one with others). The permit opens exactly one change: at most one edit lands.
 */
export async function refreshOnce(
  world: RegionWorld,
  tally: Tally,
  ledger: Ledger,
  agreement: LiveAgreement,
): Promise<void> {
  const target = agreement.targets.find((t) => t.kind === 'DESIGNATED');
  if (!target) return;
  const approved = target.levels.map((level, i) => (level ?? 50) + 1 + i);
  const requested = await post<{ requestTargetChange: { id: string; version: number } }>(
    tally,
    world.url,
    REQUEST_CHANGE,
    {
      input: {
        agreementId: agreement.id,
        targetId: target.id,
        change: 'CHANGE_LEVELS',
        proposedLevels: approved,
        reason: 'Refresh during the soak',
      },
    },
    world.tokens.editor,
  );
  const request = requested.data?.requestTargetChange;
  if (!request) return;
  const decided = await post<{ decideTargetChange: { status: string } }>(
    tally,
    world.url,
    DECIDE_CHANGE,
    {
      input: {
        requestId: request.id,
        expectedVersion: request.version,
        approve: true,
        reason: 'Approved during the soak',
      },
    },
    world.tokens.minister,
  );
  if (decided.data?.decideTargetChange.status !== 'APPROVED') return;
  const attempt = (levels: number[]) =>
    post<{ setTargetLevels: { version: number } }>(
      tally,
      world.url,
      SET_LEVELS,
      { input: { targetId: target.id, expectedVersion: target.version, levels } },
      world.tokens.editor,
    );
  const answers = await Promise.all([attempt(approved), attempt(approved), attempt(approved.map((l) => l + 5))]);
  const landed = answers.flatMap((a, i) => (a.data?.setTargetLevels ? [i] : []));
  for (const i of landed)
    ledger.recordEdit(
      world.region,
      target.id,
      answers[i].data!.setTargetLevels.version,
      i === 2 ? approved.map((l) => l + 5) : approved,
    );
  ledger.refreshes.push({
    agreementId: agreement.id,
    editsLanded: landed.length,
    otherLevelsLanded: landed.includes(2),
  });
}

/** The rule (else the code) a refusal names, as the ledger records it. */
function refusalWords(extensions: Record<string, unknown> | undefined): string {
  const named = extensions?.rule ?? extensions?.code;
  return typeof named === 'string' ? named : 'none';
}
