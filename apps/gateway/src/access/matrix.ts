import { SIGN_OFF_MATRIX } from './sign-off-matrix';
import { PEOPLE_MATRIX } from './people-matrix';
import { NEGOTIATION_MATRIX } from './negotiation-matrix';
import { EVIDENCE_MATRIX } from './evidence-matrix';
import type { AccessRule } from './access-rule';
import { MULTI_AREA_MATRIX } from './multi-area-matrix';
import { AGREEMENT_EDITORS, DRAFT_READERS, EVERYONE, MatrixCaller, REGION_STAFF, SIGNED_IN } from './callers';

const only = (...callers: MatrixCaller[]): ReadonlySet<MatrixCaller> => new Set(callers);

/** A sign-off step tried on the fixture agreement: the entitled caller passes the role check, then meets the order rules. */
const signOffStep = (stage: string, allowed: ReadonlySet<MatrixCaller>, rule: string): AccessRule => ({
  operation: `takeSignOffStep.${stage}`,
  rule,
  document: 'mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage } }',
  variables: (f) => ({ input: { agreementId: f.agreementId, stage, expectedVersion: 0, reason: 'access matrix' } }),
  allowed,
  tolerated: ['RULE_VIOLATION', 'CONFLICT'],
});

export type { AccessRule, MatrixFixture } from './access-rule';

export const ACCESS_MATRIX: AccessRule[] = [
  { operation: 'region', rule: 'Public.', document: '{ region { code name governmentOffice } }', allowed: EVERYONE },
  {
    operation: 'areas',
    rule: 'Public: areas, agreement stage and sign-off stage.',
    document: '{ areas { code name agreement { stage period signOff { stage } } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'area',
    rule: 'Public: an area, its partnership and members, its observations.',
    document:
      'query ($area: String!) { area(code: $area) { name partnership { name members { organisation sector } } } }',
    variables: (f) => ({ area: f.area }),
    allowed: EVERYONE,
  },
  {
    operation: 'indicators',
    rule: 'Public: the national indicator set.',
    document: '{ indicators { code title titleStatus } }',
    allowed: EVERYONE,
  },
  { operation: 'indicator', rule: 'Public.', document: '{ indicator(code: "NI1") { code title } }', allowed: EVERYONE },
  {
    operation: 'agreement',
    rule: 'Public: stage and period of an agreement.',
    document: 'query ($id: ID!) { agreement(id: $id) { stage period } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: EVERYONE,
  },
  {
    operation: 'agreement.targets',
    rule: "Draft targets: the area's partnership, partners and council systems, its GO, and central departments and Ministers.",
    document: 'query ($id: ID!) { agreement(id: $id) { targets { id levels baseline { value } } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'agreement.signOff.steps',
    rule: 'Who signed what and why: signed-in callers.',
    document: 'query ($id: ID!) { agreement(id: $id) { signOff { stage steps { stage takenBy role reason } } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: SIGNED_IN,
  },
  {
    operation: 'setTargetLevels',
    rule: "The area's partnership officers and its GO (optimistic locking: CONFLICT if stale).",
    document: 'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version } }',
    variables: (f) => ({ input: { targetId: f.targetId, expectedVersion: 1, levels: [1, 2, 3] } }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT', 'RULE_VIOLATION', 'BAD_USER_INPUT'],
  },
  {
    operation: 'requestBaselineDeferral',
    rule: "The area's partnership officers and its GO (RULE_VIOLATION where the target has a reliable baseline).",
    document:
      'mutation ($input: RequestBaselineDeferralInput!) { requestBaselineDeferral(input: $input) { id status } }',
    variables: (f) => ({ input: { targetId: f.targetId, reason: 'access matrix', dueBy: '2008-09-30' } }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'decideBaselineDeferral',
    rule: "The region's relationship manager, Deputy or Regional Director.",
    document: 'mutation ($input: DecideBaselineDeferralInput!) { decideBaselineDeferral(input: $input) { id status } }',
    variables: () => ({
      input: { deferralId: '00000000-0000-4000-8000-000000000000', approve: true, reason: 'access matrix' },
    }),
    allowed: only('relationship manager', 'deputy regional director', 'regional director'),
    tolerated: ['NOT_FOUND'],
  },
  {
    operation: 'apiCredentials',
    rule: 'GO staff of the region.',
    document: '{ apiCredentials { clientId areaCode } }',
    allowed: REGION_STAFF,
  },
  {
    operation: 'createApiCredential',
    rule: 'GO staff of the region, for an area of the region.',
    document:
      'mutation ($area: String!) { createApiCredential(areaCode: $area, name: "Matrix system") { credential { id } } }',
    variables: (f) => ({ area: f.area }),
    allowed: REGION_STAFF,
  },
  {
    operation: 'rotateApiCredential',
    rule: 'GO staff of the region.',
    document: 'mutation ($id: ID!) { rotateApiCredential(id: $id) { credential { id } } }',
    variables: (f) => ({ id: f.credentialToRotate }),
    allowed: REGION_STAFF,
  },
  {
    operation: 'revokeApiCredential',
    rule: 'GO staff of the region (a second revocation is NOT_FOUND).',
    document: 'mutation ($id: ID!) { revokeApiCredential(id: $id, reason: "matrix") { id } }',
    variables: (f) => ({ id: f.credentialToRevoke }),
    allowed: REGION_STAFF,
    tolerated: ['NOT_FOUND'],
  },
  {
    operation: 'issueApiToken',
    rule: 'Public: a council system presents its client id and secret.',
    document:
      'mutation ($id: String!, $secret: String!) { issueApiToken(clientId: $id, secret: $secret) { expiresAt } }',
    variables: (f) => ({ id: f.exchangeClientId, secret: f.exchangeSecret }),
    allowed: EVERYONE,
  },
  signOffStep(
    'LSP_SIGNED_OFF',
    only('partnership officer', 'councillor'),
    'The LSP, through a partnership officer of the area or a councillor who leads (the Leader, a cabinet member; not scrutiny); so also PARTNERS_AGREED.',
  ),
  signOffStep('TARGETS_SIGNED_OFF', only('theme lead'), 'A GO theme lead of the region.'),
  signOffStep('RD_RECOMMENDED', only('regional director'), 'The Regional Director of the region.'),
  signOffStep('SIGNED', only('minister'), 'A CLG Minister; department analysts never sign off.'),
  ...NEGOTIATION_MATRIX,
  ...SIGN_OFF_MATRIX,
  ...PEOPLE_MATRIX,
  ...EVIDENCE_MATRIX,
  ...MULTI_AREA_MATRIX,
];
