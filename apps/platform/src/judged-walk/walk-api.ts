import { RegionCode } from '@laa/domain';
import { DevelopmentUser, developmentUser } from '@laa/identity';
import { TestRegion } from '@laa/testing';

/** The product's operations the judged walk takes, as a GO team's people would through the region's gateway. */
export const OPS = {
  openRound:
    'mutation ($r: ID!) { openRound(regionCode: $r) { opened { id area { code } stage } alreadyOpen { code } } }',
  importObservations:
    'mutation ($csv: String!) { importObservations(csv: $csv, origin: "walk") { inserted rejected } }',
  writeStory:
    'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version claims { statement } } }',
  signOffStory: 'mutation ($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { version } }',
  addPriority: 'mutation ($input: AddPriorityInput!) { addPriority(input: $input) { id version } }',
  advance: 'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage version } }',
  addTarget:
    'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id version kind directionBasis indicator { code } } }',
  setLevels:
    'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version levels directionBasis } }',
  raisePoint: 'mutation ($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }',
  agreement: `query ($id: ID!) { agreement(id: $id) { version stage missingStatutoryIndicators
    targets { id version kind indicator { code department } signOff { valid } }
    signOff { stage version readiness { ready blockers { kind reason } } recommendation { html } } } }`,
  signOffTarget: 'mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }',
  step: 'mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }',
  recommend:
    'mutation ($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version recommendation { html } } }',
  cabinet: 'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { recordedBy } }',
  requestChange:
    'mutation ($input: TargetChangeInput!) { requestTargetChange(input: $input) { id version approvalLevel } }',
  decideChange: 'mutation ($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }',
  choices:
    'query ($scope: ChoiceScope!) { indicatorChoices(scope: $scope) { regionCode indicators { indicatorCode areas { code } } } }',
} as const;

export interface WalkTarget {
  id: string;
  version: number;
  kind: string;
  indicator: { code: string; department: string | null };
  signOff: { valid: boolean } | null;
}

export interface WalkAgreement {
  version: number;
  stage: string;
  missingStatutoryIndicators: string[];
  targets: WalkTarget[];
  signOff: {
    stage: string;
    version: number;
    readiness: { ready: boolean; blockers: { kind: string; reason: string }[] };
    recommendation: { html: string } | null;
  };
}

export type GraphqlErrors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;

/** The people of one area's round: the region's GO and the area's partnership, a DCSF analyst and a Minister. */
export function roundPeople(region: RegionCode, area: string) {
  const person = (key: string): DevelopmentUser => developmentUser(key, region, area)!;
  return {
    relationshipManager: person('rm'),
    themeLead: person('tl'),
    director: person('rd'),
    officer: person('po'),
    goAnalyst: person('goanalyst'),
    departmentAnalyst: person('analyst'),
    minister: person('minister'),
  };
}

/** Runs one operation as a person, failing the walk with the API's own message if it refuses. */
export async function act<D>(
  region: TestRegion,
  user: DevelopmentUser,
  query: string,
  variables: Record<string, unknown>,
): Promise<D> {
  const { data, errors } = await region.query<D>(query, { variables, token: await region.tokenFor(user) });
  if (errors?.length) throw new Error(`${query.slice(0, 60)}... refused: ${errors[0].message}`);
  return data!;
}

/** Runs one operation as a person and gives back what the API refused it with (nothing when it was taken). */
export async function refusal(
  region: TestRegion,
  user: DevelopmentUser,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ code?: unknown; rule?: unknown; message: string; extensions?: Record<string, unknown> } | null> {
  const { errors } = await region.query(query, { variables, token: await region.tokenFor(user) });
  const [first] = errors ?? [];
  return first
    ? {
        code: first.extensions?.code,
        rule: first.extensions?.rule,
        message: first.message,
        extensions: first.extensions,
      }
    : null;
}

export const baseline = (value: number) => ({
  value,
  period: '2007/08',
  source: 'Place Survey 2008',
  provisional: false,
});
