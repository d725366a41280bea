import { Department, RegionCode, Theme } from '@laa/domain';
import { DevelopmentUser, Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';

/** The named people of the sign-off chain for one area of one region (synthetic names). */
export function chainPeople(region: RegionCode, area: string) {
  const person = (id: string, name: string, grant: DevelopmentUser['grants'][number]): DevelopmentUser => ({
    id,
    name,
    grants: [grant],
  });
  return {
    officer: person(`po-${area}`, 'Pat Officer', { role: Role.PARTNERSHIP_OFFICER, region, area }),
    relationshipManager: person(`rm-${region}`, 'Robin Manager', { role: Role.RELATIONSHIP_MANAGER, region }),
    themeLead: person(`tl-${region}`, 'Tara Lead', { role: Role.THEME_LEAD, region, themes: Object.values(Theme) }),
    director: person(`rd-${region}`, 'Rita Director', { role: Role.REGIONAL_DIRECTOR, region }),
    otherDirector: person('rd-E12000001', 'Nick North', { role: Role.REGIONAL_DIRECTOR, region: 'E12000001' }),
    minister: person('minister-clg', 'Mina Minister', { role: Role.MINISTER, department: Department.CLG }),
    analyst: person('analyst-dcsf', 'Dana Analyst', { role: Role.DEPARTMENT_ANALYST, department: Department.DCSF }),
  };
}

export type ChainPeople = ReturnType<typeof chainPeople>;

/** Runs an operation through the gateway as a person; fails the test on transport errors only. */
export async function as<D>(
  region: TestRegion,
  user: DevelopmentUser,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return region.query<D>(query, { variables, token: await region.tokenFor(user) });
}

export interface ChainTarget {
  id: string;
  version: number;
  kind: string;
  levels: number[];
  /** The indicator and its department in the reference data (served by evidence). */
  indicator: { code: string; department: string | null };
  signOff: {
    valid: boolean;
    targetVersion: number;
    invalidatedBecause: string | null;
    signedBy: string;
    departmentConfirmation: { department: string; confirmedBy: string; confirmedOn: string; note: string };
  } | null;
}

export const TARGETS = `query ($id: ID!) { agreement(id: $id) { signOff { stage version } targets { id version kind levels indicator { code department }
  signOff { valid targetVersion invalidatedBecause signedBy departmentConfirmation { department confirmedBy confirmedOn note } } } } }`;
export const READINESS = `query ($id: ID!) { agreement(id: $id) { signOff { readiness { nextStage takenBy ready blockers { kind ref label reason } } } } }`;
export const SIGN_OFF_TARGET = `mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion signedBy departmentConfirmation { department confirmedBy } } }`;
export const TAKE_STEP = `mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }`;
export const RECOMMEND = `mutation ($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version recommendation { html generatedAt } } }`;

/** The department whose confirmation signs a target off: DCSF for the statutory set, else the indicator's own (any, here CLG, where it has none). */
export const confirmingDepartment = (target: Pick<ChainTarget, 'kind' | 'indicator'>) =>
  target.kind === 'STATUTORY_DCSF' ? 'DCSF' : (target.indicator.department ?? 'CLG');

export const confirmation = (department = 'CLG') => ({
  department,
  confirmedBy: 'Dee Partment',
  confirmedOn: '2008-05-20',
  note: 'Confirmed at the regional meeting',
});

export const PDF = `query ($id: ID!) { agreement(id: $id) { signOff { recommendation { pdf { fileName mediaType sizeBytes base64 } } } } }`;
export const HEADINGS = [
  '1. Shape of the LAA',
  '2. Likely impact',
  '3. How the priorities follow from the evidence and the story of place',
  '4. Cause and effect between the priorities',
  '5. The statutory education and early years targets',
  "6. Stretch: each target against the area's own trend",
  '7. Baselines deferred',
  '8. Risks',
  '9. Case conferences and decided points',
  '10. Recommendation',
] as const;

/** A governing body's agreement for every partner leading a target of the agreement (PARTNERS_AGREED needs each). */
export async function leadPartnerBodies(region: TestRegion, token: string, agreementId: string) {
  const { data } = await region.query<{ agreement: { targets: { leadPartner: { organisation: string } | null }[] } }>(
    'query ($id: ID!) { agreement(id: $id) { targets { leadPartner { organisation } } } }',
    { variables: { id: agreementId }, token },
  );
  const organisations = [
    ...new Set(data!.agreement.targets.flatMap((t) => (t.leadPartner ? [t.leadPartner.organisation] : []))),
  ];
  return organisations.map((organisation) => ({ organisation, body: 'Board', agreedOn: '2008-05-12' }));
}
