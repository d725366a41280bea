import { gql } from '@apollo/client';

/** One agreement's sign-off as its people see it: readiness, targets with their sign-offs, refresh, signed versions, history. */
export const AGREEMENT_SIGN_OFF = gql`
  query AgreementSignOff($id: ID!) {
    agreement(id: $id) {
      id stage synthetic area { code name partnership { members { id organisation sector } } }
      targets {
        id kind version levels localIndicatorTitle indicator { code title department } baseline { value period }
        signOff { valid targetVersion invalidatedBecause signedBy signedAt departmentConfirmation { department confirmedBy confirmedOn note } }
      }
      signOff {
        stage version
        readiness { nextStage takenBy ready blockers { kind ref label reason } }
        recommendation { recommendedBy generatedAt }
        consistencyReviews { id reason raisedBy resolvedAt resolution }
        targetChangeRequests { id targetId change status approvalLevel currentLevels proposedLevels requestedBy reason version decidedBy decisionReason }
        reopenedTargetIds
        signedVersions { number signedBy signedAt reason targets { targetId version indicatorCode levels } }
        history { at kind summary by role reason stage targetId }
      }
    }
  }
`;

export const TAKE_STEP = gql`
  mutation TakeSignOffStep($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }
`;
export const SIGN_OFF_TARGET = gql`
  mutation SignOffTarget($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }
`;
export const RECOMMEND = gql`
  mutation RecommendAgreement($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version } }
`;
export const CABINET = gql`
  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }
`;
export const FLAG = gql`
  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }
`;
export const RESOLVE_REVIEW = gql`
  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }
`;
export const REQUEST_CHANGE = gql`
  mutation RequestTargetChange($input: TargetChangeInput!) { requestTargetChange(input: $input) { id approvalLevel } }
`;
export const DECIDE_CHANGE = gql`
  mutation DecideTargetChange($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }
`;

export interface SignOffTarget {
  id: string;
  kind: 'DESIGNATED' | 'STATUTORY_DCSF' | 'LOCAL';
  version: number;
  levels: (number | null)[];
  localIndicatorTitle: string | null;
  /** department: the indicator's department in the reference data (null where it names none). */
  indicator: { code: string; title: string | null; department?: string | null } | null;
  baseline: { value: number; period: string } | null;
  signOff: {
    valid: boolean; targetVersion: number; invalidatedBecause: string | null; signedBy: string; signedAt: string;
    departmentConfirmation: { department: string; confirmedBy: string; confirmedOn: string; note: string };
  } | null;
}

export interface ChangeRequest {
  id: string; targetId: string | null; change: string; status: string; approvalLevel: string;
  currentLevels: (number | null)[] | null; proposedLevels: (number | null)[] | null;
  requestedBy: string; reason: string; version: number; decidedBy: string | null; decisionReason: string | null;
}

export interface SignOffEvent {
  at: string; kind: string; summary: string; by: string; role: string | null; reason: string | null; stage: string | null; targetId: string | null;
}

export interface AgreementSignOffData {
  agreement: {
    id: string; stage: string; synthetic: boolean;
    area: { code: string; name: string; partnership: { members: { id: string; organisation: string; sector: string }[] } | null };
    targets: SignOffTarget[];
    signOff: {
      stage: string; version: number;
      readiness: { nextStage: string | null; takenBy: string | null; ready: boolean; blockers: { kind: string; ref: string | null; label: string; reason: string }[] };
      recommendation: { recommendedBy: string; generatedAt: string } | null;
      consistencyReviews: { id: string; reason: string; raisedBy: string; resolvedAt: string | null; resolution: string | null }[];
      targetChangeRequests: ChangeRequest[];
      reopenedTargetIds: string[];
      signedVersions: { number: number; signedBy: string; signedAt: string; reason: string; targets: { targetId: string; version: number; indicatorCode: string | null; levels: (number | null)[] | null }[] }[];
      history: SignOffEvent[];
    };
  } | null;
}

/**
 * The department whose confirmation signs a target off, as the signoff subgraph's rule has it: DCSF for a statutory
 * target, the reference data's department for a designated one, and any (null) where the reference data names none.
 */
export function confirmingDepartment(target: Pick<SignOffTarget, 'kind' | 'indicator'>): string | null {
  if (target.kind === 'STATUTORY_DCSF') return 'DCSF';
  return target.indicator?.department ?? null;
}

export const targetName = (t: Pick<SignOffTarget, 'indicator' | 'localIndicatorTitle' | 'kind'>) =>
  `${t.indicator?.code ?? ''} ${t.indicator?.title ?? t.localIndicatorTitle ?? ''}`.trim();

/** Three yearly levels as people read them: rounded to two places, a dash for a level not set. */
export const levelsText = (values: (number | null)[] | null | undefined) =>
  values ? values.map((v) => (v === null ? '–' : String(Math.round(v * 100) / 100))).join(' / ') : '–';
