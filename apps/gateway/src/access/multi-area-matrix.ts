import type { AccessRule } from './access-rule';
import { DRAFT_READERS, EVERYONE, MatrixCaller } from './callers';

/** The GO staff who lead a region's round: they create and send its multi-area agreements. */
const ROUND_LEADS: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'relationship manager',
  'deputy regional director',
  'regional director',
]);

/** Derbyshire (East Midlands) beside the fixture area: a multi-area agreement across two regions. */
export const MATRIX_MEMBER_AREA = '17';
/** A London borough (the matrix's other region, E12000007): the copy its Regional Director sends here. */
const LONDON_AREA = '00AB';

const content = (area: string, otherArea: string) => ({
  title: 'Access matrix MAA',
  areaCodes: [area, otherArea],
  priorities: [{ title: 'Shared priority', description: 'matrix' }],
  targets: [{ indicator: 'NI151', description: 'Overall employment rate', levels: [1, 2, 3] }],
});
const FIELDS = '{ id version }';

/** Multi-area agreements (the agreements subgraph): the fixture's is led by the matrix region with Derbyshire. */
export const MULTI_AREA_MATRIX: AccessRule[] = [
  {
    operation: 'multiAreaAgreements',
    rule: 'Public: the multi-area agreements the region leads or has an area in, their member areas and regions.',
    document:
      '{ multiAreaAgreements { title holding members { code name regionCode } memberRegions { regionCode upToDate } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'multiAreaAgreements.shared',
    rule: "Draft readers of a member area (its partnership, its region's GO, central departments and Ministers): the shared priorities and targets.",
    document:
      'query ($area: String!) { area(code: $area) { multiAreaAgreements { priorities { title } targets { indicatorCode levels } } } }',
    variables: (f) => ({ area: f.area }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'multiAreaAgreement',
    rule: 'Public, as multiAreaAgreements; its shared priorities and targets as multiAreaAgreements.shared.',
    document: 'query ($id: ID!) { multiAreaAgreement(id: $id) { title version priorities { title } } }',
    variables: (f) => ({ id: f.multiAreaAgreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'area.multiAreaAgreements',
    rule: 'Public, as multiAreaAgreements.',
    document: 'query ($area: String!) { area(code: $area) { multiAreaAgreements { title } } }',
    variables: (f) => ({ area: f.area }),
    allowed: EVERYONE,
  },
  {
    operation: 'createMultiAreaAgreement',
    rule: "The region's relationship managers, Deputy and Regional Directors: the region leads it (one member area at least is its own).",
    document: `mutation ($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) ${FIELDS} }`,
    variables: (f) => ({ input: content(f.area, MATRIX_MEMBER_AREA) }),
    allowed: ROUND_LEADS,
  },
  {
    operation: 'updateMultiAreaAgreement',
    rule: 'As createMultiAreaAgreement, on one the region leads, against the version read (CONFLICT if stale).',
    document: `mutation ($input: UpdateMultiAreaAgreementInput!) { updateMultiAreaAgreement(input: $input) ${FIELDS} }`,
    variables: (f) => ({
      input: { ...content(f.area, MATRIX_MEMBER_AREA), id: f.multiAreaAgreementId, expectedVersion: 999 },
    }),
    allowed: ROUND_LEADS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'receiveMultiAreaAgreement',
    rule: "The lead region's relationship managers, Deputy and Regional Directors (here London's RD sends its copy), to a region with a member area.",
    document: `mutation ($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) ${FIELDS} }`,
    variables: (f) => ({
      input: {
        ...content(f.area, LONDON_AREA),
        id: '5d2c7a51-6a4e-4c55-9a3e-5f0c2b8e7a10',
        version: 1,
        leadRegionCode: f.otherRegion,
        createdBy: 'London RD',
        changedBy: 'London RD',
      },
    }),
    allowed: new Set<MatrixCaller>(['regional director, other region']),
  },
  {
    operation: 'recordMultiAreaAgreementDelivery',
    rule: "The lead region's round leads, once a member region took its copy.",
    document: `mutation ($id: ID!) { recordMultiAreaAgreementDelivery(id: $id, regionCode: "E12000004", version: 1) ${FIELDS} }`,
    variables: (f) => ({ id: f.multiAreaAgreementId }),
    allowed: ROUND_LEADS,
  },
];
