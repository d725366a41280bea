import type { AccessRule } from './access-rule';
import { AGREEMENT_EDITORS, DRAFT_READERS, EVERYONE, MatrixCaller, SIGNED_IN } from './callers';

const only = (...callers: MatrixCaller[]) => new Set<MatrixCaller>(callers);
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** Target sign-off, the RD's recommendation, moderation, Cabinet and controlled refresh (the signoff subgraph). */
export const SIGN_OFF_MATRIX: AccessRule[] = [
  {
    operation: 'signOffStages',
    rule: "Public: every area's sign-off stage (marked synthetic where its steps are demo data).",
    document: '{ signOffStages { areaCode stage underReview synthetic } }',
    allowed: EVERYONE,
  },
  {
    operation: 'agreement.signOff.record',
    rule: 'Signed-in callers: governing bodies, Cabinet consultations, consistency reviews (signed versions are public).',
    document:
      'query ($id: ID!) { agreement(id: $id) { signOff { steps { governingBodies { body } } cabinetConsultations { colleagues } consistencyReviews { reason } signedVersions { number } } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: SIGNED_IN,
  },
  {
    operation: 'agreement.signOff.drafts',
    rule: "Draft readers of the area: the RD's recommendation (HTML and PDF), refresh requests, reopened targets, each target's sign-offs, readiness and the whole history.",
    document: `query ($id: ID!) { agreement(id: $id) { targets { signOff { valid } signOffs { valid } } signOff {
      recommendation { version html pdf { fileName } } earlierRecommendations { version } targetChangeRequests { status } reopenedTargetIds readiness { ready } history { kind } } } }`,
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'signOffTarget',
    rule: "A GO theme lead of the region, recording the department's confirmation (CONFLICT if the target changed).",
    document: 'mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid } }',
    variables: (f) => ({
      input: {
        targetId: f.targetId,
        targetVersion: 999,
        departmentConfirmation: { department: 'CLG', confirmedBy: 'matrix', confirmedOn: '2008-05-01' },
      },
    }),
    allowed: only('theme lead'),
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'recommendAgreement',
    rule: 'The Regional Director of the region; RULE_VIOLATION while a point is open or a target unsigned.',
    document: 'mutation ($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage } }',
    variables: (f) => ({
      input: { agreementId: f.agreementId, expectedVersion: 0, reason: 'access matrix', likelyImpact: 'access matrix' },
    }),
    allowed: only('regional director'),
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'recordCabinetConsultation',
    rule: 'A Minister, once the RD has recommended.',
    document: 'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }',
    variables: (f) => ({
      input: { agreementId: f.agreementId, colleagues: ['Home Secretary'], outcome: 'access matrix' },
    }),
    allowed: only('minister'),
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'flagForConsistencyReview',
    rule: 'Cross-GO moderators: an RD or DRD of any region, or a CLG analyst.',
    document: 'mutation ($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }',
    variables: (f) => ({ input: { agreementId: f.agreementId, reason: 'access matrix' } }),
    allowed: only('deputy regional director', 'regional director', 'regional director, other region'),
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'resolveConsistencyReview',
    rule: 'Cross-GO moderators.',
    document: 'mutation ($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }',
    variables: () => ({ input: { reviewId: NO_SUCH_ID, resolution: 'access matrix' } }),
    allowed: only('deputy regional director', 'regional director', 'regional director, other region'),
    tolerated: ['NOT_FOUND'],
  },
  {
    operation: 'requestTargetChange',
    rule: "The area's partnership officers and its GO, for a signed agreement (RULE_VIOLATION before signature).",
    document: 'mutation ($input: TargetChangeInput!) { requestTargetChange(input: $input) { id } }',
    variables: (f) => ({
      input: {
        agreementId: f.agreementId,
        targetId: f.targetId,
        change: 'CHANGE_LEVELS',
        proposedLevels: [1, 2, 3],
        reason: 'access matrix',
      },
    }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'decideTargetChange',
    rule: "The region's RD or DRD (within the tolerance) or a Minister.",
    document: 'mutation ($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }',
    variables: () => ({ input: { requestId: NO_SUCH_ID, expectedVersion: 1, approve: true, reason: 'access matrix' } }),
    allowed: only('deputy regional director', 'regional director', 'minister'),
    tolerated: ['NOT_FOUND'],
  },
];
