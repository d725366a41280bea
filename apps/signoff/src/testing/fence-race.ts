import { pgClientConfig } from '@laa/database';
import { PEER_HEADER, PEER_KEY_HEADER, peerKey } from '@laa/identity';
import { postGraphql, TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { Client } from 'pg';
import { as, ChainPeople, confirmation, confirmingDepartment, RECOMMEND, SIGN_OFF_TARGET, TAKE_STEP } from './people';

export const SET_LEVELS =
  'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }';
const STATE = `query ($id: ID!) { agreement(id: $id) { targets { id version kind levels indicator { code department } }
  signOff { stage version signedVersions { number targets { targetId version levels } } } } }`;
const READINESS =
  'query ($id: ID!) { agreement(id: $id) { signOff { readiness { ready blockers { kind ref reason } } } } }';
const TARGETS = 'query ($id: ID!) { agreement(id: $id) { targets { id version kind levels indicatorCode } } }';

export interface RaceTarget {
  id: string;
  version: number;
  kind: string;
  levels: number[];
  indicator: { code: string; department: string | null };
}
export interface AgreementState {
  targets: RaceTarget[];
  signOff: {
    stage: string;
    version: number;
    signedVersions: { number: number; targets: { targetId: string; version: number; levels: number[] }[] }[];
  };
}
export interface Readiness {
  ready: boolean;
  blockers: { kind: string; ref: string | null; reason: string }[];
}
export type LiveTarget = { id: string; version: number; kind: string; levels: number[]; indicatorCode: string };

export async function stateOf(region: TestRegion, people: ChainPeople, agreementId: string): Promise<AgreementState> {
  const { data, errors } = await as<{ agreement: AgreementState }>(region, people.themeLead, STATE, {
    id: agreementId,
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.agreement;
}

export async function readinessOf(region: TestRegion, people: ChainPeople, agreementId: string): Promise<Readiness> {
  const { data, errors } = await as<{ agreement: { signOff: { readiness: Readiness } } }>(
    region,
    people.themeLead,
    READINESS,
    { id: agreementId },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.agreement.signOff.readiness;
}

/** The agreement's targets straight from the agreements subgraph (the race's reads stay off the gateway and sign-off). */
export async function liveTargets(region: TestRegion, token: string, agreementId: string): Promise<LiveTarget[]> {
  const { data, errors } = await region.query<{ agreement: { targets: LiveTarget[] } }>(TARGETS, {
    variables: { id: agreementId },
    token,
    subgraph: 'agreements',
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.agreement.targets;
}

/** How many times each race runs: RACES scales them all (RACES=5 runs five times as many). */
export const races = (count: number) => Math.max(1, Math.round(count * Number(process.env.RACES ?? 1)));

/** Another valid set of levels: year 3 one step further the way the levels already go, or back again. */
export const otherLevels = (levels: number[], original: number[]) =>
  levels[2] === original[2] ? [levels[0], levels[1], levels[2] + (levels[2] - levels[1] || 1)] : original;

/** The latest signed version against the live targets: what Ministers (and refresh's sign-offs) signed is what is there. */
export function signedEqualsLive(state: AgreementState): boolean {
  const latest = state.signOff.signedVersions.at(-1);
  if (!latest) return false;
  const live = state.targets.map((t) => `${t.id}@${t.version}:${t.levels.join('/')}`).sort();
  const signed = latest.targets.map((t) => `${t.targetId}@${t.version}:${t.levels.join('/')}`).sort();
  return JSON.stringify(live) === JSON.stringify(signed);
}

export const sign = (region: TestRegion, people: ChainPeople, agreementId: string, expectedVersion: number) =>
  as<{ takeSignOffStep: { stage: string } }>(region, people.minister, TAKE_STEP, {
    input: { agreementId, stage: 'SIGNED', expectedVersion, reason: 'Signed for the Secretary of State' },
  });

export const setLevels = (
  region: TestRegion,
  people: ChainPeople,
  target: { id: string; version: number },
  levels: number[],
) =>
  as<{ setTargetLevels: { version: number } }>(region, people.relationshipManager, SET_LEVELS, {
    input: { targetId: target.id, expectedVersion: target.version, levels },
  });

export const signOffTarget = (region: TestRegion, people: ChainPeople, target: RaceTarget) =>
  as(region, people.themeLead, SIGN_OFF_TARGET, {
    input: {
      targetId: target.id,
      targetVersion: target.version,
      departmentConfirmation: confirmation(confirmingDepartment(target)),
    },
  });

/** After an edit won: the theme lead signs the target off again and the RD recommends again, so Ministers may sign. */
export async function readyAgain(
  region: TestRegion,
  people: ChainPeople,
  agreementId: string,
  target: RaceTarget,
): Promise<void> {
  const signedOff = await signOffTarget(region, people, target);
  if (signedOff.errors) throw new Error(JSON.stringify(signedOff.errors));
  const { signOff } = await stateOf(region, people, agreementId);
  const recommended = await as(region, people.director, RECOMMEND, {
    input: {
      agreementId,
      expectedVersion: signOff.version,
      reason: 'Recommended again after the change',
      likelyImpact: 'As before',
    },
  });
  if (recommended.errors) throw new Error(JSON.stringify(recommended.errors));
}

/**
 * Test harness only: takes a signed agreement back to "recommended, not signed" straight in the region's database
 * (sign-off's signature rows and agreements' fence), so one agreement serves many signature races.
 */
export async function unsign(region: TestRegion, agreementId: string): Promise<void> {
  const client = new Client(pgClientConfig(region.databaseConnection));
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM signoff.signed_version WHERE agreement_id = $1', [agreementId]);
    await client.query("DELETE FROM signoff.sign_off_step WHERE agreement_id = $1 AND stage = 'SIGNED'", [agreementId]);
    await client.query(
      "UPDATE signoff.sign_off SET stage = 'RD_RECOMMENDED', version = version + 1 WHERE agreement_id = $1",
      [agreementId],
    );
    await client.query('DELETE FROM agreements.agreement_fence WHERE agreement_id = $1', [agreementId]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** Calls the agreements subgraph as the signoff subgraph does (its peer key), on a person's behalf. */
export async function asSignOffPeer<D>(
  region: TestRegion,
  token: string,
  query: string,
  variables: Record<string, unknown>,
) {
  return postGraphql<D>(region.subgraphUrls.agreements, query, variables, token, {
    [PEER_HEADER]: 'signoff',
    [PEER_KEY_HEADER]: peerKey(TEST_AUTH_SECRET, 'signoff'),
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
