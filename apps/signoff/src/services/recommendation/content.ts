import { readIndicators } from '@laa/reference-data';
import { PlaceFacts, RecommendationFacts } from '../agreement-facts';

/**
 * The standard format of a Regional Director's recommendation: the same sections, in the same order, for
 * every LAA. It is kept as data so that the HTML page and the PDF say exactly the same thing.
 */
export interface RecommendationContent {
  title: string;
  office: string;
  areaName: string;
  recommendedBy: string;
  /** YYYY-MM-DD */
  recommendedOn: string;
  synthetic: boolean;
  shape: {
    partnership: string;
    partners: string[];
    counts: { label: string; count: number }[];
    themes: string[];
    targets: RecommendedTarget[];
  };
  impact: { statement: string; summary: string };
  priorities: { title: string; tier: number | null; story: string; evidence: string }[];
  recommendation: string;
}

export interface RecommendedTarget {
  id: string;
  /** The target version recommended: Ministers must sign these versions, or the RD recommends again. */
  version: number;
  indicator: string;
  kind: string;
  theme: string;
  baseline: string;
  levels: string;
}

export interface RecommendationInput {
  facts: RecommendationFacts & PlaceFacts;
  recommendedBy: string;
  likelyImpact: string;
  reason: string;
  generatedAt: Date;
  synthetic: boolean;
}

export const SECTION_HEADINGS = [
  '1. Shape of the LAA',
  '2. Likely impact',
  '3. How the priorities follow from the evidence and the story of place',
  '4. Recommendation',
] as const;

const KIND_LABELS: Record<string, string> = { DESIGNATED: 'Designated', STATUTORY_DCSF: 'Statutory (DCSF)', LOCAL: 'Local' };
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
const level = (value: number | null) => (value === null ? '-' : String(Math.round(value * 100) / 100));
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

let indicatorTitles: Map<string, string> | null = null;
const titleOf = (code: string) => {
  indicatorTitles ??= new Map(readIndicators().map((i) => [i.code, i.title ?? i.code]));
  return indicatorTitles.get(code) ?? code;
};

export function recommendationContent(input: RecommendationInput): RecommendationContent {
  const { facts } = input;
  const areaName = facts.place?.name ?? 'the area';
  const targets = facts.targets.map((t) => ({
    id: t.id,
    version: t.version,
    indicator: `${t.indicator.code} ${t.localIndicatorTitle ?? titleOf(t.indicator.code)}`,
    kind: KIND_LABELS[t.kind] ?? t.kind,
    theme: words(t.theme),
    baseline: t.baseline ? `${level(t.baseline.value)} (${t.baseline.period})` : 'placeholder',
    levels: t.levels.map(level).join(' / '),
  }));
  const moving = facts.targets.filter((t) => t.baseline && t.levels[2] !== null && t.levels[2] !== t.baseline.value).length;
  return {
    title: `Recommendation: ${areaName} Local Area Agreement ${facts.firstYear}-${facts.firstYear + 3}`,
    office: facts.place?.region.governmentOffice ?? 'Government Office',
    areaName,
    recommendedBy: input.recommendedBy,
    recommendedOn: input.generatedAt.toISOString().slice(0, 10),
    synthetic: input.synthetic,
    shape: {
      partnership: facts.place?.partnership?.name ?? 'The Local Strategic Partnership',
      partners: facts.place?.partnership?.members.map((m) => m.organisation) ?? [],
      counts: ['DESIGNATED', 'STATUTORY_DCSF', 'LOCAL'].map((kind) => ({ label: `${KIND_LABELS[kind]} targets`, count: facts.targets.filter((t) => t.kind === kind).length })),
      themes: [...new Set(facts.targets.map((t) => words(t.theme)))].sort(),
      targets,
    },
    impact: { statement: input.likelyImpact, summary: `${moving} of ${facts.targets.length} targets commit to a change from their baseline by year 3.` },
    priorities: [...facts.priorities]
      .sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9))
      .map((p) => ({ title: p.title, tier: p.tier, story: p.description, evidence: sentence(evidenceOf(p)) })),
    recommendation: input.reason,
  };
}

function evidenceOf(priority: RecommendationFacts['priorities'][number]): string {
  const criteria = priority.criteriaMet.length ? `meets the criteria: ${priority.criteriaMet.map((c) => words(c).toLowerCase()).join(', ')}` : 'not yet assessed against the criteria';
  return priority.assessmentReason ? `${criteria}; ${priority.assessmentReason}` : criteria;
}
