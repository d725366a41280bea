import type { AccessRule } from './access-rule';
import { DRAFT_READERS, EVERYONE, MatrixCaller, SIGNED_IN } from './callers';

const only = (...callers: MatrixCaller[]) => new Set<MatrixCaller>(callers);
const GO = [
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
  'GO analyst',
] as const;
const AREA_PARTNERS = [
  'partnership officer',
  'councillor',
  'councillor, scrutiny',
  'partner organisation',
  'council system',
] as const;
const EDITORS = only(
  'partnership officer',
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
);
const DEMO_SOURCE = 'Synthetic demo data (generated, not published statistics)';
const csv = (area: string) =>
  `indicator,area,period,value,source,published\nNI116,${area},2001/02,20,Access matrix (test),2002-10-01`;
const softEvidence = (area: string) => ({
  kind: 'CONSULTATION',
  title: 'Access matrix item',
  summary: 'matrix',
  source: 'matrix',
  dated: '2007-10-01',
  theme: 'SAFER_AND_STRONGER_COMMUNITIES',
  area,
});

const communityStrategy = (area: string) => ({
  area,
  title: 'Access matrix strategy',
  adoptedOn: '2006-04-01',
  url: 'https://example.org/scs',
  periodFrom: 2006,
  periodTo: 2020,
});

/** The shared evidence base (the evidence subgraph): figures, imports, rival data, soft intelligence, story of place. */
export const EVIDENCE_MATRIX: AccessRule[] = [
  {
    operation: 'area.evidence',
    rule: 'Public: published figures of record, trends, baselines and benchmarks of an area.',
    document:
      'query ($area: String!) { area(code: $area) { indicatorEvidence(indicator: "NI116") { series { value releases { source } } trend { direction } baseline { status } benchmark { quartile } } } }',
    variables: (f) => ({ area: f.area }),
    allowed: EVERYONE,
  },
  {
    operation: 'indicatorAcrossEngland',
    rule: 'Public.',
    document: '{ indicatorAcrossEngland(indicator: "NI116") { areaCode benchmark { rank } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'area.softEvidence',
    rule: 'Draft readers of the area: soft intelligence and the story of place (every version).',
    document:
      'query ($area: String!) { area(code: $area) { softEvidence { title } storyOfPlace { version } storyOfPlaceVersions { version } } }',
    variables: (f) => ({ area: f.area }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'rivalFigures',
    rule: 'Signed-in callers: figures two sources disagree on.',
    document: '{ rivalFigures { indicatorCode areaCode } }',
    allowed: SIGNED_IN,
  },
  {
    operation: 'observationImports',
    rule: "Every run for the region's GO staff (analysts included) and departments' analysts; their own runs for partnership officers and council systems.",
    document: '{ observationImports { origin rejected } }',
    allowed: only(
      ...GO,
      'department analyst',
      'partnership officer',
      'partnership officer, other area',
      'council system',
      'council system, other area',
    ),
  },
  {
    operation: 'importObservations',
    rule: "The region's GO and departments' analysts for any area; a partnership officer or council system for its own area (other rows come back rejected as OUTSIDE_CALLER_AREA). Also POST /imports/observations.",
    document:
      'mutation ($csv: String!) { importObservations(csv: $csv, origin: "access matrix") { inserted rejected } }',
    variables: (f) => ({ csv: csv(f.area) }),
    allowed: only(
      ...GO,
      'department analyst',
      'partnership officer',
      'partnership officer, other area',
      'council system',
      'council system, other area',
    ),
  },
  {
    operation: 'chooseFigureOfRecord',
    rule: "The area's partnership officers and its GO (analysts included), with a reason (RULE_VIOLATION where sources agree).",
    document: 'mutation ($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value } }',
    variables: (f) => ({
      input: { indicator: 'NI116', area: f.area, period: '2007/08', source: DEMO_SOURCE, reason: 'access matrix' },
    }),
    allowed: only(...GO, 'partnership officer'),
    tolerated: ['RULE_VIOLATION', 'NOT_FOUND', 'CONFLICT'],
  },
  {
    operation: 'recordSoftEvidence',
    rule: "Whoever holds evidence of the area: its GO, its partnership, partners and council systems, departments' analysts.",
    document: 'mutation ($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id } }',
    variables: (f) => ({ input: softEvidence(f.area) }),
    allowed: only(...GO, ...AREA_PARTNERS, 'department analyst'),
  },
  {
    operation: 'updateSoftEvidence',
    rule: 'As recordSoftEvidence, against the version read (CONFLICT if stale).',
    document: 'mutation ($input: UpdateSoftEvidenceInput!) { updateSoftEvidence(input: $input) { version } }',
    variables: (f) => ({
      input: { ...softEvidence(f.area), area: undefined, id: f.softEvidenceId, expectedVersion: 1 },
    }),
    allowed: only(...GO, ...AREA_PARTNERS, 'department analyst'),
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'writeStoryOfPlace',
    rule: "The area's partnership officers and its GO negotiators (a new version each time; CONFLICT if stale).",
    document: 'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version } }',
    variables: (f) => ({
      input: {
        area: f.area,
        expectedVersion: 0,
        placeToday: 'Access matrix place',
        ambition: 'Access matrix ambition',
        claims: [],
      },
    }),
    allowed: EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'signOffStoryOfPlace',
    rule: 'The LSP, through a partnership officer of the area or a councillor who leads (the Leader, a cabinet member; not scrutiny).',
    document: 'mutation ($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { version } }',
    variables: (f) => ({ input: { area: f.area, version: 1, note: 'access matrix' } }),
    allowed: only('partnership officer', 'councillor'),
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'area.communityStrategies',
    rule: "Public: an area's Sustainable Community Strategies (adopted strategies are published documents).",
    document:
      'query ($area: String!) { area(code: $area) { communityStrategies { title adoptedOn url periodFrom periodTo } } }',
    variables: (f) => ({ area: f.area }),
    allowed: EVERYONE,
  },
  {
    operation: 'recordCommunityStrategy',
    rule: "The area's partnership officers and its GO negotiators.",
    document: 'mutation ($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }',
    variables: (f) => ({ input: communityStrategy(f.area) }),
    allowed: EDITORS,
  },
  {
    operation: 'updateCommunityStrategy',
    rule: 'As recordCommunityStrategy, against the version read (CONFLICT if stale).',
    document: 'mutation ($input: UpdateCommunityStrategyInput!) { updateCommunityStrategy(input: $input) { version } }',
    variables: (f) => ({
      input: { ...communityStrategy(f.area), area: undefined, id: f.communityStrategyId, expectedVersion: 1 },
    }),
    allowed: EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'defineLocalIndicator',
    rule: "The area's partnership officers and its GO negotiators.",
    document: 'mutation ($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }',
    variables: (f) => ({
      input: {
        area: f.area,
        code: 'MATRIX',
        title: 'Access matrix indicator',
        definition: 'Defined by the access matrix test',
        theme: 'SAFER_AND_STRONGER_COMMUNITIES',
      },
    }),
    allowed: EDITORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'statutorySet',
    rule: 'Public: the statutory DCSF set in force on a day, each membership with its status and reason.',
    document: '{ statutorySet(on: "2008-04-01") { from to status reason indicator { code } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'correctIndicator',
    rule: 'The national data steward (CLG) only: one reference value of a national indicator, with a source and the day it holds from.',
    document: 'mutation ($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { recorded } }',
    variables: () => ({
      input: {
        indicator: 'NI3',
        title: 'Civic participation in the local area',
        source: 'Access matrix (test)',
        effectiveFrom: '2008-04-01',
      },
    }),
    allowed: only('data steward'),
  },
  {
    operation: 'agreement.missingStatutoryIndicators',
    rule: 'Draft readers of the area: the statutory indicators in force still without a statutory target with levels.',
    document: 'query ($id: ID!) { agreement(id: $id) { missingStatutoryIndicators } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
];
