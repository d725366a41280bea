import { graphql } from '../gql';
import type { AgreementSignOffQuery } from '../gql/graphql';

/** One agreement's sign-off as its people see it: readiness, targets with their sign-offs, refresh, signed versions, history. */
export const AGREEMENT_SIGN_OFF = graphql(`
  query AgreementSignOff($id: ID!) {
    agreement(id: $id) {
      id
      stage
      synthetic
      area {
        code
        name
        partnership {
          members {
            id
            organisation
            sector
          }
        }
      }
      targets {
        id
        kind
        version
        levels
        localIndicatorTitle
        indicator {
          code
          title
          department
        }
        baseline {
          value
          period
        }
        signOff {
          valid
          targetVersion
          invalidatedBecause
          signedBy
          signedAt
          departmentConfirmation {
            department
            confirmedBy
            confirmedOn
            note
          }
        }
      }
      signOff {
        stage
        version
        readiness {
          nextStage
          takenBy
          ready
          blockers {
            kind
            ref
            label
            reason
          }
        }
        recommendation {
          recommendedBy
          generatedAt
        }
        consistencyReviews {
          id
          reason
          raisedBy
          resolvedAt
          resolution
        }
        targetChangeRequests {
          id
          targetId
          change
          status
          approvalLevel
          currentLevels
          proposedLevels
          requestedBy
          reason
          version
          decidedBy
          decisionReason
        }
        reopenedTargetIds
        signedVersions {
          number
          signedBy
          signedAt
          reason
          targets {
            targetId
            version
            indicatorCode
            levels
          }
        }
        history {
          at
          kind
          summary
          by
          role
          reason
          stage
          targetId
        }
      }
    }
  }
`);

export const TAKE_STEP = graphql(`
  mutation TakeSignOffStep($input: SignOffStepInput!) {
    takeSignOffStep(input: $input) {
      stage
      version
    }
  }
`);
export const SIGN_OFF_TARGET = graphql(`
  mutation SignOffTarget($input: SignOffTargetInput!) {
    signOffTarget(input: $input) {
      valid
      targetVersion
    }
  }
`);
export const RECOMMEND = graphql(`
  mutation RecommendAgreement($input: RecommendAgreementInput!) {
    recommendAgreement(input: $input) {
      stage
      version
    }
  }
`);
export const CABINET = graphql(`
  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) {
    recordCabinetConsultation(input: $input) {
      id
    }
  }
`);
export const FLAG = graphql(`
  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) {
    flagForConsistencyReview(input: $input) {
      id
    }
  }
`);
export const RESOLVE_REVIEW = graphql(`
  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) {
    resolveConsistencyReview(input: $input) {
      id
    }
  }
`);
export const REQUEST_CHANGE = graphql(`
  mutation RequestTargetChange($input: TargetChangeInput!) {
    requestTargetChange(input: $input) {
      id
      approvalLevel
    }
  }
`);
export const DECIDE_CHANGE = graphql(`
  mutation DecideTargetChange($input: TargetChangeDecisionInput!) {
    decideTargetChange(input: $input) {
      status
    }
  }
`);

export type AgreementSignOffData = AgreementSignOffQuery;
type SignOffAgreement = NonNullable<AgreementSignOffQuery['agreement']>;
/** `indicator.department`: the indicator's department in the reference data (null where it names none). */
export type SignOffTarget = SignOffAgreement['targets'][number];
export type ChangeRequest = SignOffAgreement['signOff']['targetChangeRequests'][number];
export type SignOffEvent = SignOffAgreement['signOff']['history'][number];

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
