import { gql } from '@apollo/client';

/** The agreement page's one request: the draft with its targets, open points and history (draft readers only). */
export const AGREEMENT_PAGE = gql`
  query AgreementPage($id: ID!) {
    agreement(id: $id) {
      id stage period version synthetic openNegotiationPointCount
      area { code name }
      targets {
        id kind levels placeholder baselineDueBy synthetic version
        baseline { value period source provisional }
        indicator { code title }
        localIndicatorTitle
        leadPartner { id organisation }
        openNegotiationPoints { id }
      }
      negotiationPoints { id title status subjectKind subjectRef ageInDays department raisedBy { name } }
      history { version summary changedAt changedBy { name } }
      priorities { id title tier criteriaMet assessedBy { name } synthetic }
      priorityGraph { edges { from to kind } }
      milestones { id title dueOn owner status slippageDays synthetic }
      coverage { themes { theme targets } themesWithoutTargets }
    }
  }
`;

export interface AgreementTargetRow {
  id: string;
  kind: 'DESIGNATED' | 'STATUTORY_DCSF' | 'LOCAL';
  levels: (number | null)[];
  placeholder: boolean;
  baselineDueBy: string | null;
  synthetic: boolean;
  baseline: { value: number; period: string; source: string; provisional: boolean } | null;
  indicator: { code: string; title: string | null } | null;
  localIndicatorTitle: string | null;
  leadPartner: { id: string; organisation: string } | null;
  openNegotiationPoints: { id: string }[];
}

export interface AgreementPageData {
  agreement: {
    id: string;
    stage: string;
    period: string;
    version: number;
    synthetic: boolean;
    openNegotiationPointCount: number;
    area: { code: string; name: string };
    targets: AgreementTargetRow[];
    negotiationPoints: { id: string; title: string; status: string; subjectKind: string; subjectRef: string | null; ageInDays: number; department: string | null; raisedBy: { name: string } }[];
    history: { version: number; summary: string; changedAt: string; changedBy: { name: string } }[];
    priorities: { id: string; title: string; tier: number | null; criteriaMet: string[]; assessedBy: { name: string } | null; synthetic: boolean }[];
    priorityGraph: { edges: { from: string; to: string; kind: string }[] };
    milestones: { id: string; title: string; dueOn: string; owner: string; status: string; slippageDays: number; synthetic: boolean }[];
    coverage: { themes: { theme: string; targets: number }[]; themesWithoutTargets: string[] };
  } | null;
}

export const KIND_LABELS: Record<AgreementTargetRow['kind'], string> = {
  DESIGNATED: 'Designated',
  STATUTORY_DCSF: 'Statutory (DCSF)',
  LOCAL: 'Local',
};

/** Designated first, then statutory, then local; by indicator within a kind. */
export function orderTargets(targets: AgreementTargetRow[]): AgreementTargetRow[] {
  const rank = { DESIGNATED: 0, STATUTORY_DCSF: 1, LOCAL: 2 };
  return [...targets].sort((a, b) => rank[a.kind] - rank[b.kind] || (a.indicator?.code ?? '').localeCompare(b.indicator?.code ?? '', 'en', { numeric: true }));
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
