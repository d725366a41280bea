import { gql } from '@apollo/client';
import { compareIndicatorCodes } from '../indicator-order';
import { targetKinds } from '../labels';

/** The agreement page's one request: the draft with its targets and their stretch, points, conferences and history (draft readers only). */
export const AGREEMENT_PAGE = gql`
  query AgreementPage($id: ID!) {
    agreement(id: $id) {
      id stage period version synthetic openNegotiationPointCount missingStatutoryIndicators
      signOff { stage }
      area { code name partnership { name members { id organisation } } }
      departmentPriorityPlaces { id department priority why synthetic }
      targets {
        id kind levels placeholder baselineDueBy synthetic version localReason intendedDirection directionBasis
        baseline { value period source provisional }
        indicator { code title }
        localIndicatorTitle
        leadPartner { id organisation }
        priority { id title }
        openNegotiationPoints { id }
        stretch {
          judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary
          years { period projected beyondTrend belowTrend }
          comparison { period englandAverage similarAreasAverage topQuartileThreshold reachesTopQuartile }
          baselineCheck { evidenceValue matchesEvidence }
        }
      }
      negotiationPoints(includeClosed: true) { id title status version subjectKind subjectRef ageInDays department raisedBy { name } withGovernmentOffice decision decidedBy { name } }
      caseConferences {
        id heldOn invitedDepartments invitedOthers scheduledBy { name }
        agenda { point { id title status } outcome resolvesPoint recordedBy { name } }
      }
      history { version summary changedAt changedBy { name } }
      priorities { id title description tier criteriaMet version assessmentReason assessedBy { name } synthetic }
      priorityGraph { edges { from to kind } }
      milestones { id title dueOn owner status slippageDays synthetic }
      coverage { themes { theme targets } themesWithoutTargets departments { department targets } }
    }
  }
`;

/** The national indicator set, for choosing a target's indicator (public). */
export const INDICATORS = gql`
  query TargetIndicators { indicators { code title statutoryDcsf statutoryDcsfStatus } }
`;

export type TargetKind = (typeof targetKinds.codes)[number];

export interface StretchView {
  judgement: string;
  belowTrend: boolean;
  strongPerformer: boolean;
  strongPerformerWithoutLocalReason: boolean;
  summary: string;
  years: { period: string; projected: number | null; beyondTrend: number | null; belowTrend: boolean | null }[];
  comparison: { period: string; englandAverage: number | null; similarAreasAverage: number | null; topQuartileThreshold: number | null; reachesTopQuartile: boolean | null } | null;
  /** The baseline against the evidence base's figure of record for its period. */
  baselineCheck: { evidenceValue: number | null; matchesEvidence: boolean | null } | null;
}

export interface AgreementTargetRow {
  id: string;
  kind: TargetKind;
  levels: (number | null)[];
  placeholder: boolean;
  baselineDueBy: string | null;
  synthetic: boolean;
  version: number;
  localReason: string | null;
  /** Stated with the target where the indicator's polarity is not known; directionBasis says which the levels are checked in. */
  intendedDirection: 'UP' | 'DOWN' | null;
  directionBasis: 'INDICATOR_POLARITY' | 'STATED' | 'UNKNOWN';
  baseline: { value: number; period: string; source: string; provisional: boolean } | null;
  indicator: { code: string; title: string | null } | null;
  localIndicatorTitle: string | null;
  leadPartner: { id: string; organisation: string } | null;
  priority: { id: string; title: string } | null;
  openNegotiationPoints: { id: string }[];
  stretch: StretchView | null;
}

export interface PointRow {
  id: string;
  title: string;
  status: string;
  version: number;
  subjectKind: string;
  subjectRef: string | null;
  ageInDays: number;
  department: string | null;
  raisedBy: { name: string };
  /** A department's point the GO has not yet relayed to the area. */
  withGovernmentOffice: boolean;
  /** The Deputy Regional Director's decision, once decided. */
  decision: string | null;
  decidedBy: { name: string } | null;
}

export interface PriorityRow {
  id: string;
  title: string;
  description: string;
  tier: number | null;
  criteriaMet: string[];
  version: number;
  assessmentReason: string | null;
  assessedBy: { name: string } | null;
  synthetic: boolean;
}

export interface ConferenceRow {
  id: string;
  heldOn: string;
  invitedDepartments: string[];
  invitedOthers: string[];
  scheduledBy: { name: string };
  agenda: { point: { id: string; title: string; status: string }; outcome: string | null; resolvesPoint: boolean; recordedBy: { name: string } | null }[];
}

export interface LoadedAgreement {
  id: string;
  stage: string;
  period: string;
  version: number;
  synthetic: boolean;
  openNegotiationPointCount: number;
  /** The statutory DCSF indicators in force today without a statutory target with levels (submission waits for them). */
  missingStatutoryIndicators: string[];
  /** Where sign-off stands: once Ministers have signed, the draft is closed and changes go through controlled refresh. */
  signOff: { stage: string } | null;
  area: { code: string; name: string; partnership: { name: string; members: { id: string; organisation: string }[] } | null };
  departmentPriorityPlaces: { id: string; department: string; priority: string; why: string; synthetic: boolean }[];
  targets: AgreementTargetRow[];
  negotiationPoints: PointRow[];
  caseConferences: ConferenceRow[];
  history: { version: number; summary: string; changedAt: string; changedBy: { name: string } }[];
  priorities: PriorityRow[];
  priorityGraph: { edges: { from: string; to: string; kind: string }[] };
  milestones: { id: string; title: string; dueOn: string; owner: string; status: string; slippageDays: number; synthetic: boolean }[];
  coverage: { themes: { theme: string; targets: number }[]; themesWithoutTargets: string[]; departments: { department: string; targets: number }[] };
}

export interface AgreementPageData {
  agreement: LoadedAgreement | null;
}

/** Designated first, then statutory, then local; in indicator order within a kind. */
export function orderTargets(targets: AgreementTargetRow[]): AgreementTargetRow[] {
  const rank = { DESIGNATED: 0, STATUTORY_DCSF: 1, LOCAL: 2 };
  return [...targets].sort((a, b) => rank[a.kind] - rank[b.kind] || compareIndicatorCodes(a.indicator?.code ?? '', b.indicator?.code ?? ''));
}

export function baselineText(target: AgreementTargetRow): string {
  if (!target.baseline) return `Placeholder: baseline due by ${target.baselineDueBy ?? 'a date to agree'}`;
  const provisional = target.baseline.provisional ? ` (provisional, due by ${target.baselineDueBy ?? '?'})` : '';
  return `${target.baseline.value} (${target.baseline.period})${provisional}`;
}

/** What a priority contributes to, in words: the other priorities' titles and the indicator codes. */
export function contributionsOf(priorityId: string, priorities: { id: string; title: string }[], edges: { from: string; to: string; kind: string }[]): string[] {
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
