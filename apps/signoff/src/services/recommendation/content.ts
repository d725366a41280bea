import { PRIORITY_CRITERIA, PriorityCriterion } from '@laa/domain';
import { readIndicators } from '@laa/reference-data';
import { PlaceFacts, RecommendationFacts } from '../../peers/agreement-facts';
import { AssessmentEvidence, IndicatorEvidenceFact, PlaceEvidence } from '../../peers/evidence-facts';
import { ASSESSMENT_HEADINGS, assessAgreement, RecommendationAssessment } from './assessment';

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
  /**
   * Section 3: the area's story of place as the LSP signed it off (null: the area had none), quoted from the
   * evidence base. Absent in documents made before section 3 quoted it.
   */
  storyOfPlace?: QuotedStory | null;
  /** Why section 3 quotes no evidence, where it quotes none (e.g. a demo recommendation made from the demo data alone). */
  evidenceNote?: string | null;
  priorities: (RecommendedPriority | EarlierRecommendedPriority)[];
  /** Targets that measure no priority, each with the evidence behind it (absent in earlier documents). */
  otherTargets?: TargetEvidence[];
  /** Sections 4 to 9: links, the statutory set, stretch, deferred baselines, risks, case conferences (absent in earlier documents). */
  assessment?: RecommendationAssessment;
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

/** One indicator's evidence in the area as the document quotes it. */
export interface QuotedEvidence {
  /** Code and title, e.g. "NI39 Alcohol-harm related hospital admission rates". */
  indicator: string;
  /** The latest figure of record, e.g. { period: '2007/08', value: '23.4' }; null when there is none yet. */
  latest: { period: string; value: string; provisional: boolean } | null;
  /** Direction of travel, in words ("improving", "slipping", ...). */
  direction: string;
  /** England quartile on the benchmark period (1 = the best quarter), null when not ranked. */
  quartile: number | null;
  benchmarkPeriod: string | null;
}

export interface QuotedStory {
  version: number;
  /** What kind of place it is. */
  placeToday: string;
  /** What kind of place it wants to be. */
  ambition: string;
  synthetic: boolean;
  /** The LSP's sign-off of this version, null if it has none. */
  signOff: { signedOffBy: string; signedOffOn: string; note: string } | null;
  claims: { statement: string; evidence: QuotedEvidence[]; softEvidence: string[] }[];
}

export interface TargetEvidence {
  indicator: string;
  kind: string;
  levels: string;
  /** Null when the evidence base does not hold the indicator. */
  evidence: QuotedEvidence | null;
}

/** A priority, why it matters here, the criteria it meets in the source's words, and the evidence behind each of its targets. */
export interface RecommendedPriority {
  title: string;
  tier: number | null;
  description: string;
  /** The criteria met, worded as in the source ("Local people see the issue as a priority (Sheffield)"). */
  criteria: string[];
  assessment: string | null;
  targets: TargetEvidence[];
}

/** A priority as documents made before section 3 quoted the evidence kept it (read back for their PDF). */
export interface EarlierRecommendedPriority {
  title: string;
  tier: number | null;
  story: string;
  evidence: string;
}

export const isEarlierPriority = (
  p: RecommendedPriority | EarlierRecommendedPriority,
): p is EarlierRecommendedPriority => 'story' in p;

export interface RecommendationInput {
  facts: RecommendationFacts & PlaceFacts;
  evidence: PlaceEvidence;
  /** The statutory set in force and each target's stretch, as the evidence base judges them. */
  assessed: AssessmentEvidence;
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
  ...ASSESSMENT_HEADINGS,
  '10. Recommendation',
] as const;

/** The last section's heading: documents made before sections 4 to 9 numbered it 4. */
export const recommendationHeading = (doc: RecommendationContent): string =>
  doc.assessment ? SECTION_HEADINGS[SECTION_HEADINGS.length - 1] : '4. Recommendation';

const KIND_LABELS: Record<string, string> = {
  DESIGNATED: 'Designated',
  STATUTORY_DCSF: 'Statutory (DCSF)',
  LOCAL: 'Local',
};
const DIRECTIONS: Record<string, string> = {
  IMPROVING: 'improving',
  PLATEAUED: 'plateaued',
  SLIPPING: 'slipping',
  NOT_ENOUGH_DATA: 'not enough figures for a trend',
  POLARITY_UNKNOWN: 'not judged (the reference data gives no better direction)',
};
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
const level = (value: number | null) => (value === null ? '-' : String(Math.round(value * 100) / 100));

let indicatorTitles: Map<string, string> | null = null;
const titleOf = (code: string) => {
  indicatorTitles ??= new Map(readIndicators().map((i) => [i.code, i.title ?? i.code]));
  return indicatorTitles.get(code) ?? code;
};

/** A criterion in the source's words, with whose test it is. */
export function criterionWording(criterion: string): string {
  const wording = PRIORITY_CRITERIA[criterion as PriorityCriterion];
  if (!wording) return words(criterion);
  return `${wording} (${criterion.startsWith('SHEFFIELD_') ? 'Sheffield' : 'GO South East'})`;
}

/** One indicator's evidence as a sentence: the latest figure, the direction of travel, the England quartile. */
export function evidenceSentence(evidence: QuotedEvidence | null): string {
  if (!evidence) return 'the evidence base holds no figures for this indicator';
  const latest = evidence.latest
    ? `latest figure ${evidence.latest.value} (${evidence.latest.period}${evidence.latest.provisional ? ', provisional' : ''})`
    : 'no figure of record yet';
  const quartile = evidence.quartile
    ? `England quartile ${evidence.quartile} of 4 in ${evidence.benchmarkPeriod} (1 = the best quarter)`
    : 'not ranked against England';
  return `${latest}; direction of travel: ${evidence.direction}; ${quartile}`;
}

export function quoteEvidence(fact: IndicatorEvidenceFact): QuotedEvidence {
  const latest = [...fact.series].reverse().find((f) => f.value !== null);
  return {
    indicator: `${fact.indicator.code} ${fact.indicator.title ?? titleOf(fact.indicator.code)}`,
    latest: latest ? { period: latest.period, value: level(latest.value), provisional: latest.provisional } : null,
    direction: DIRECTIONS[fact.trend.direction] ?? words(fact.trend.direction).toLowerCase(),
    quartile: fact.benchmark?.quartile ?? null,
    benchmarkPeriod: fact.benchmark?.period ?? null,
  };
}

function quoteStory(evidence: PlaceEvidence): QuotedStory | null {
  const story = evidence.storyOfPlace;
  if (!story) return null;
  return {
    version: story.version,
    placeToday: story.placeToday,
    ambition: story.ambition,
    synthetic: story.synthetic,
    signOff: story.signOff
      ? {
          signedOffBy: story.signOff.signedOffBy,
          signedOffOn: story.signOff.signedOffAt.slice(0, 10),
          note: story.signOff.note,
        }
      : null,
    claims: story.claims.map((c) => ({
      statement: c.statement,
      evidence: c.evidence.map(quoteEvidence),
      softEvidence: c.softEvidence.map((s) => `${s.title} (${s.source})`),
    })),
  };
}

function evidenceNote(evidence: PlaceEvidence): string | null {
  if (!evidence.read)
    return 'Synthetic demo recommendation: made from the demo data alone, without reading the evidence base or the story of place.';
  if (!evidence.storyOfPlace)
    return 'The area had no story of place when the Regional Director recommended the agreement.';
  return null;
}

export function recommendationContent(input: RecommendationInput): RecommendationContent {
  const { facts, evidence } = input;
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
  const behind = (t: RecommendationFacts['targets'][number]): TargetEvidence => {
    const fact = evidence.indicators.get(t.indicator.code);
    return {
      indicator: `${t.indicator.code} ${t.localIndicatorTitle ?? fact?.indicator.title ?? titleOf(t.indicator.code)}`,
      kind: KIND_LABELS[t.kind] ?? t.kind,
      levels: t.levels.map(level).join(' / '),
      evidence: fact ? quoteEvidence(fact) : null,
    };
  };
  const priorityIds = new Set(facts.priorities.map((p) => p.id));
  const moving = facts.targets.filter(
    (t) => t.baseline && t.levels[2] !== null && t.levels[2] !== t.baseline.value,
  ).length;
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
      counts: ['DESIGNATED', 'STATUTORY_DCSF', 'LOCAL'].map((kind) => ({
        label: `${KIND_LABELS[kind]} targets`,
        count: facts.targets.filter((t) => t.kind === kind).length,
      })),
      themes: [...new Set(facts.targets.map((t) => words(t.theme)))].sort(),
      targets,
    },
    impact: {
      statement: input.likelyImpact,
      summary: `${moving} of ${facts.targets.length} targets commit to a change from their baseline by year 3.`,
    },
    storyOfPlace: quoteStory(evidence),
    evidenceNote: evidenceNote(evidence),
    priorities: [...facts.priorities]
      .sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9))
      .map((p) => ({
        title: p.title,
        tier: p.tier,
        description: p.description,
        criteria: p.criteriaMet.map(criterionWording),
        assessment: p.assessmentReason,
        targets: facts.targets.filter((t) => t.priority?.id === p.id).map(behind),
      })),
    otherTargets: facts.targets.filter((t) => !t.priority || !priorityIds.has(t.priority.id)).map(behind),
    assessment: assessAgreement(
      facts,
      input.assessed,
      (t) => `${t.indicator.code} ${t.localIndicatorTitle ?? titleOf(t.indicator.code)}`,
      (kind) => KIND_LABELS[kind] ?? kind,
    ),
    recommendation: input.reason,
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A stored ISO date as the document reads it, "2 December 2026" (as the console writes dates); other text stays. */
export function dateInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso;
}
