import { DevelopmentUser, developmentUsers, Role } from '@laa/identity';
import { Department, RegionCode } from '@laa/domain';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';

export interface DraftAgreement {
  id: string;
  area: string;
  version: number;
}

/** Demo agreements of the region that have no targets yet (stages before TARGETS), one per test. */
export async function agreementsWithoutTargets(region: TestRegion, regionCode: RegionCode): Promise<DraftAgreement[]> {
  const token = await region.tokenFor(developmentUsers(regionCode, '00CG')[0]);
  const { data } = await region.query<{
    areas: { code: string; agreement: { id: string; version: number; targets: { id: string }[] } | null }[];
  }>('{ areas { code agreement { id version targets { id } } } }', { token });
  return data!.areas
    .filter((a) => a.agreement && a.agreement.targets.length === 0)
    .map((a) => ({ id: a.agreement!.id, area: a.code, version: a.agreement!.version }));
}

/**
 * The set-up four drafting tests share: a demo region started before the file's tests and stopped after them, and its
 * agreements that have no targets yet. Called at the top of a test file; `region` reaches the started region (it
 * fails if used before `beforeAll` ran) and `drafts` is filled when it has started.
 */
export function draftingRegion(regionCode: RegionCode): { region: TestRegion; drafts: DraftAgreement[] } {
  let started: TestRegion | undefined;
  const drafts: DraftAgreement[] = [];
  beforeAll(async () => {
    started = await startTestRegion(regionCode);
    drafts.push(...(await agreementsWithoutTargets(started, regionCode)));
  });
  afterAll(() => started?.stop());
  const running = (): TestRegion => {
    if (!started) throw new Error('the drafting region starts in beforeAll: use it inside a test');
    return started;
  };
  const region: TestRegion = {
    get region() {
      return running().region;
    },
    get gatewayUrl() {
      return running().gatewayUrl;
    },
    get subgraphUrls() {
      return running().subgraphUrls;
    },
    get database() {
      return running().database;
    },
    get databaseConnection() {
      return running().databaseConnection;
    },
    get databaseKind() {
      return running().databaseKind;
    },
    tokenFor: (user, ttlSeconds) => running().tokenFor(user, ttlSeconds),
    query: (query, options) => running().query(query, options),
    stop: () => running().stop(),
  };
  return { region, drafts };
}

/** The people of a test: the area's GO relationship manager and partnership officer, a DCSF analyst, outsiders. */
export function peopleOf(regionCode: RegionCode, area: string, otherArea: string) {
  const [relationshipManager, , , partnershipOfficer, analyst] = developmentUsers(regionCode, area);
  const outsider: DevelopmentUser = {
    id: `po-${otherArea}`,
    name: 'Officer of another area',
    grants: [{ role: Role.PARTNERSHIP_OFFICER, region: regionCode, area: otherArea }],
  };
  const homeOfficeAnalyst: DevelopmentUser = {
    id: 'analyst-home-office',
    name: 'Demo Home Office Analyst',
    grants: [{ role: Role.DEPARTMENT_ANALYST, department: Department.HOME_OFFICE }],
  };
  return { relationshipManager, partnershipOfficer, analyst, outsider, homeOfficeAnalyst };
}

export const ADD_TARGET = `mutation ($input: AddTargetInput!) { addTarget(input: $input) { id kind version levels placeholder baselineDueBy indicator { code } } }`;

export const baseline = (value: number) => ({ value, period: '2007/08', source: 'Test figures', provisional: false });

/** The statutory DCSF set in force today (from 31 December 2008, the Key Stage 3 four having left). */
export const STATUTORY_IN_FORCE = [
  'NI72',
  'NI73',
  'NI75',
  'NI87',
  'NI92',
  'NI93',
  'NI94',
  'NI97',
  'NI98',
  'NI99',
  'NI100',
  'NI101',
];

/**
 * Gives an agreement a statutory target with levels on each indicator of the set in force (a rising series; NI92 is
 * a gap, lower is better); returns how many targets it added (each one a version of the agreement).
 */
export async function addStatutorySet(
  region: TestRegion,
  token: string,
  agreementId: string,
  codes = STATUTORY_IN_FORCE,
): Promise<number> {
  for (const code of codes) {
    const levels = code === 'NI92' ? [30, 29, 28] : [51, 52, 54];
    // Most of the set has no known polarity: the target states its direction (NI92, a gap, is lower-is-better, NI72 higher).
    const intendedDirection = ['NI72', 'NI92'].includes(code) ? null : 'UP';
    const { errors } = await region.query(ADD_TARGET, {
      token,
      variables: {
        input: {
          agreementId,
          kind: 'STATUTORY_DCSF',
          indicatorCode: code,
          baseline: baseline(code === 'NI92' ? 31 : 50),
          levels,
          intendedDirection,
        },
      },
    });
    if (errors) throw new Error(`adding the statutory target on ${code}: ${errors[0].message}`);
  }
  return codes.length;
}
