import { graphql } from '../gql';
import type { AgreementPageQuery } from '../gql/graphql';
import { compareIndicatorCodes } from '../indicator-order';
import { targetKinds } from '../labels';

/** The agreement page's one request: the draft with its targets and their stretch, points, conferences and history (draft readers only). */
export const AGREEMENT_PAGE = graphql(`
  query AgreementPage($id: ID!) {
    agreement(id: $id) {
      id
      stage
      period
      version
      synthetic
      openNegotiationPointCount
      missingStatutoryIndicators
      signOff {
        stage
      }
      area {
        code
        name
        partnership {
          name
          members {
            id
            organisation
          }
        }
      }
      departmentPriorityPlaces {
        id
        department
        priority
        why
        synthetic
      }
      targets {
        id
        kind
        levels
        placeholder
        baselineDueBy
        synthetic
        version
        localReason
        intendedDirection
        directionBasis
        baseline {
          value
          period
          source
          provisional
        }
        indicator {
          code
          title
        }
        localIndicatorTitle
        leadPartner {
          id
          organisation
        }
        priority {
          id
          title
        }
        openNegotiationPoints {
          id
        }
        stretch {
          judgement
          belowTrend
          strongPerformer
          strongPerformerWithoutLocalReason
          summary
          years {
            period
            projected
            beyondTrend
            belowTrend
          }
          comparison {
            period
            englandAverage
            similarAreasAverage
            topQuartileThreshold
            reachesTopQuartile
          }
          baselineCheck {
            evidenceValue
            matchesEvidence
          }
        }
      }
      negotiationPoints(includeClosed: true) {
        id
        title
        status
        version
        subjectKind
        subjectRef
        ageInDays
        department
        raisedBy {
          name
        }
        withGovernmentOffice
        decision
        decidedBy {
          name
        }
      }
      caseConferenceRequests {
        id
        reason
        requestedAt
        requestedBy {
          name
        }
        declinedAt
        declineReason
        declinedBy {
          name
        }
        conference {
          id
          heldOn
        }
      }
      caseConferences {
        id
        heldOn
        invitedDepartments
        invitedOthers
        scheduledBy {
          name
        }
        agenda {
          point {
            id
            title
            status
          }
          outcome
          resolvesPoint
          recordedBy {
            name
          }
        }
      }
      history {
        version
        summary
        changedAt
        changedBy {
          name
        }
      }
      priorities {
        id
        title
        description
        tier
        criteriaMet
        version
        assessmentReason
        assessedBy {
          name
        }
        synthetic
      }
      priorityGraph {
        edges {
          from
          to
          kind
        }
      }
      milestones {
        id
        title
        dueOn
        owner
        status
        slippageDays
        synthetic
      }
      coverage {
        themes {
          theme
          targets
        }
        themesWithoutTargets
        departments {
          department
          targets
        }
      }
    }
  }
`);

/** The national indicator set, for choosing a target's indicator (public). */
export const INDICATORS = graphql(`
  query TargetIndicators {
    indicators {
      code
      title
      statutoryDcsf
      statutoryDcsfStatus
    }
  }
`);

export type TargetKind = (typeof targetKinds.codes)[number];

// The page's result types, generated from the supergraph (`npm run codegen`) and named for the pages that show them.
export type AgreementPageData = AgreementPageQuery;
export type LoadedAgreement = NonNullable<AgreementPageQuery['agreement']>;
export type AgreementTargetRow = LoadedAgreement['targets'][number];
/** `baselineCheck`: the baseline against the evidence base's figure of record for its period. */
export type StretchView = NonNullable<AgreementTargetRow['stretch']>;
export type PointRow = LoadedAgreement['negotiationPoints'][number];
export type PriorityRow = LoadedAgreement['priorities'][number];
export type ConferenceRow = LoadedAgreement['caseConferences'][number];
export type ConferenceRequestRow = LoadedAgreement['caseConferenceRequests'][number];

/** Designated first, then statutory, then local; in indicator order within a kind. */
export function orderTargets(targets: AgreementTargetRow[]): AgreementTargetRow[] {
  const rank = { DESIGNATED: 0, STATUTORY_DCSF: 1, LOCAL: 2 };
  return [...targets].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || compareIndicatorCodes(a.indicator?.code ?? '', b.indicator?.code ?? ''),
  );
}

export function baselineText(target: AgreementTargetRow): string {
  if (!target.baseline) return `Placeholder: baseline due by ${target.baselineDueBy ?? 'a date to agree'}`;
  const provisional = target.baseline.provisional ? ` (provisional, due by ${target.baselineDueBy ?? '?'})` : '';
  return `${target.baseline.value} (${target.baseline.period})${provisional}`;
}

/** What a priority contributes to, in words: the other priorities' titles and the indicator codes. */
export function contributionsOf(
  priorityId: string,
  priorities: { id: string; title: string }[],
  edges: { from: string; to: string; kind: string }[],
): string[] {
  const titles = new Map(priorities.map((p) => [p.id, p.title]));
  return edges.filter((e) => e.from === priorityId && e.kind === 'CONTRIBUTES_TO').map((e) => titles.get(e.to) ?? e.to);
}

/** What a negotiation point is raised against, in words (the target's indicator or the priority's title where known). */
export function subjectText(point: PointRow, agreement: Pick<LoadedAgreement, 'targets' | 'priorities'>): string {
  if (point.subjectKind === 'AGREEMENT' || !point.subjectRef) return 'the whole agreement';
  if (point.subjectKind === 'INDICATOR') return `indicator ${point.subjectRef}`;
  if (point.subjectKind === 'TARGET') {
    const target = agreement.targets.find((t) => t.id === point.subjectRef);
    return target ? `target ${target.indicator?.code ?? ''}` : 'a removed target';
  }
  const priority = agreement.priorities.find((p) => p.id === point.subjectRef);
  return priority ? `priority "${priority.title}"` : 'a priority';
}

export const OPEN_STATUSES = ['OPEN', 'ESCALATED'];
