import { ConferenceFact, PointFact, RecommendationFacts, RecommendedTargetFact } from '../../peers/agreement-facts';
import { AssessmentEvidence, StretchFact } from '../../peers/evidence-facts';
import { statutoryCompleteness } from '../../rules/statutory-completeness';

/**
 * The parts of the standard format that judge the agreement as a whole, beyond its shape and its priorities: the links
 * between priorities, the statutory set, each target's stretch, baselines not yet reliable, risks, and how the hard
 * points were settled. Kept as data in the document, so that the HTML page and the PDF say the same.
 */
export interface RecommendationAssessment {
  /** "Reduce alcohol harm contributes to Fewer violent crimes: ...", one per cause-and-effect link. */
  links: string[];
  statutory: { judged: boolean; inForce: string[]; missing: string[]; withoutLevels: string[]; listMarks: string[] };
  stretch: { indicator: string; kind: string; verdict: string; summary: string }[];
  deferredBaselines: { indicator: string; dueBy: string | null; approval: string }[];
  risks: string[];
  conferences: { heldOn: string; invited: string; outcomes: string[] }[];
  decisions: string[];
}

/** One of those sections as both renderings draw it: a heading, paragraphs, then a list. */
export interface DocumentSection {
  heading: string;
  paragraphs: string[];
  items: string[];
}

export const ASSESSMENT_HEADINGS = [
  '4. Cause and effect between the priorities',
  '5. The statutory education and early years targets',
  "6. Stretch: each target against the area's own trend",
  '7. Baselines deferred',
  '8. Risks',
  '9. Case conferences and decided points',
] as const;

const VERDICTS: Record<string, string> = {
  BEYOND_TREND: "beyond the area's own trend",
  IN_LINE_WITH_TREND: 'in line with the trend, no further',
  BELOW_TREND: 'below the trend: asks for less than the trend gives',
  NO_TREND: 'not judged: too few figures of record for a trend',
  POLARITY_UNKNOWN: "not judged: the indicator's better direction is not known",
  LEVELS_NOT_SET: 'not judged: levels not set',
};

type Labelled = (t: RecommendedTargetFact) => string;

export function assessAgreement(
  facts: RecommendationFacts,
  evidence: AssessmentEvidence,
  label: Labelled,
  kindOf: (kind: string) => string,
): RecommendationAssessment {
  const inForce = evidence.statutorySet.map((i) => i.code);
  const completeness = statutoryCompleteness(inForce, facts.targets);
  const stretch = facts.targets.map((t) =>
    stretchLine(t, evidence.stretch.get(t.id) ?? null, evidence.read, label, kindOf),
  );
  const deferredBaselines = facts.targets
    .filter((t) => t.placeholder || t.baselineDeferral)
    .map((t) => ({
      indicator: label(t),
      dueBy: t.baselineDeferral?.dueBy ?? t.baselineDueBy,
      approval: deferralWords(t.baselineDeferral),
    }));
  return {
    links: linksOf(facts),
    statutory: {
      judged: evidence.read,
      inForce,
      ...completeness,
      listMarks: [...new Set(evidence.statutorySet.map((i) => i.statutoryDcsfStatus))].sort(),
    },
    stretch,
    deferredBaselines,
    risks: risksOf(facts, evidence, completeness, label),
    conferences: facts.caseConferences.map(conferenceLine),
    decisions: facts.negotiationPoints.filter((p) => p.decision).map(decisionLine),
  };
}

/** The GO's decision on a deferral as the document states it; "not recorded" where there is none. */
function deferralWords(deferral: RecommendedTargetFact['baselineDeferral']): string {
  if (!deferral) return 'no deferral approved by the GO is recorded';
  const by = deferral.decidedBy ? ` by ${deferral.decidedBy}` : '';
  if (deferral.status === 'APPROVED') return `deferral approved by the GO${by} (${deferral.reason})`;
  if (deferral.status === 'REFUSED') return `deferral refused by the GO${by}`;
  return `deferral asked for, not yet decided by the GO (${deferral.reason})`;
}

function linksOf(facts: RecommendationFacts): string[] {
  const labels = new Map(facts.priorityGraph.nodes.map((n) => [n.id, n.label]));
  return facts.priorityGraph.edges
    .filter((e) => e.kind === 'CONTRIBUTES_TO')
    .map(
      (e) =>
        `${labels.get(e.from) ?? e.from} contributes to ${labels.get(e.to) ?? e.to}${e.description ? `: ${e.description}` : ''}`,
    );
}

function stretchLine(
  t: RecommendedTargetFact,
  stretch: StretchFact | null,
  read: boolean,
  label: Labelled,
  kindOf: (kind: string) => string,
) {
  const unjudged = read
    ? 'not judged: the evidence base holds no figures for this indicator'
    : 'not judged: the evidence base was not read for this document';
  return {
    indicator: label(t),
    kind: kindOf(t.kind),
    verdict: stretch ? (VERDICTS[stretch.judgement] ?? stretch.judgement) : unjudged,
    summary: stretch?.summary ?? '',
  };
}

function risksOf(
  facts: RecommendationFacts,
  evidence: AssessmentEvidence,
  completeness: ReturnType<typeof statutoryCompleteness>,
  label: Labelled,
): string[] {
  const negotiated = facts.targets.filter((t) => t.kind !== 'LOCAL');
  const judged = (pick: (s: StretchFact) => boolean) =>
    facts.targets.filter((t) => {
      const s = evidence.stretch.get(t.id);
      return !!s && pick(s);
    });
  return [
    ...completeness.missing.map((code) => `The statutory set is incomplete: ${code} has no statutory target.`),
    ...completeness.withoutLevels.map((code) => `Statutory target ${code} lacks a level for each year.`),
    ...judged((s) => s.belowTrend).map((t) => `${label(t)} asks for less than the area's own trend gives.`),
    ...judged((s) => s.strongPerformerWithoutLocalReason).map(
      (t) =>
        `${label(t)}: the area already performs strongly and the partnership has given no local reason for a target.`,
    ),
    ...judged((s) => s.judgement === 'POLARITY_UNKNOWN').map(
      (t) => `${label(t)}: the indicator's better direction is not known, so its stretch is not judged.`,
    ),
    ...facts.targets
      .filter((t) => t.placeholder)
      .map(
        (t) =>
          `${label(t)} has no reliable baseline yet${t.baselineDueBy ? ` (due by ${t.baselineDueBy})` : ''}: delivery cannot be tracked against it.`,
      ),
    ...negotiated.filter((t) => !t.leadPartner).map((t) => `${label(t)} has no lead partner.`),
    ...(evidence.read
      ? []
      : ['The evidence base was not read for this document: stretch and the statutory set are not judged.']),
  ];
}

function conferenceLine(conference: ConferenceFact) {
  const invited = [...conference.invitedDepartments, ...conference.invitedOthers].join(', ') || 'no one recorded';
  const outcomes = conference.agenda.map(
    (item) =>
      `${item.point.title}: ${item.outcome ? `${item.outcome}${item.resolvesPoint ? ' (resolved the point)' : ''}` : 'no outcome recorded'}`,
  );
  return { heldOn: conference.heldOn, invited, outcomes };
}

const decisionLine = (point: PointFact) =>
  `${point.title}: ${point.decision} (decided by ${point.decidedBy?.name ?? 'the Deputy Regional Director'}${point.decidedAt ? ` on ${point.decidedAt.slice(0, 10)}` : ''})`;

/** The assessment as the sections both renderings draw, each saying so when it has nothing to list. */
export function assessmentSections(a: RecommendationAssessment): DocumentSection[] {
  const [links, statutory, stretch, baselines, risks, conferences] = ASSESSMENT_HEADINGS;
  const marks = a.statutory.listMarks.length
    ? ` The reference data marks the list ${a.statutory.listMarks.join(', ').toLowerCase()}.`
    : '';
  const statutoryText = !a.statutory.judged
    ? 'Not judged: the evidence base was not read for this document.'
    : a.statutory.missing.length || a.statutory.withoutLevels.length
      ? `Incomplete: ${a.statutory.missing.length} of the ${a.statutory.inForce.length} statutory indicators in force have no target${a.statutory.missing.length ? ` (${a.statutory.missing.join(', ')})` : ''}; ${a.statutory.withoutLevels.length} statutory targets lack a level for each year${a.statutory.withoutLevels.length ? ` (${a.statutory.withoutLevels.join(', ')})` : ''}.${marks}`
      : `Complete: each of the ${a.statutory.inForce.length} statutory indicators in force (${a.statutory.inForce.join(', ')}) has a target with three levels.${marks}`;
  return [
    {
      heading: links,
      paragraphs: a.links.length ? [] : ['No cause-and-effect link between the priorities is recorded.'],
      items: a.links,
    },
    { heading: statutory, paragraphs: [statutoryText], items: [] },
    {
      heading: stretch,
      paragraphs: a.stretch.length ? [] : ['The agreement has no targets.'],
      items: a.stretch.map(
        (s) => `${s.indicator} (${s.kind.toLowerCase()}): ${s.verdict}${s.summary ? `. ${s.summary}` : ''}`,
      ),
    },
    {
      heading: baselines,
      paragraphs: a.deferredBaselines.length ? [] : ['Every target has a reliable baseline.'],
      items: a.deferredBaselines.map(
        (d) => `${d.indicator}: baseline to be set${d.dueBy ? ` by ${d.dueBy}` : ''}; ${d.approval}`,
      ),
    },
    {
      heading: risks,
      paragraphs: a.risks.length ? [] : ["No risk found in the agreement's own facts."],
      items: a.risks,
    },
    {
      heading: conferences,
      paragraphs:
        a.conferences.length || a.decisions.length
          ? []
          : ['No case conference was held and no point was decided by the Deputy Regional Director.'],
      items: [
        ...a.conferences.map(
          (c) =>
            `Case conference on ${c.heldOn} (invited: ${c.invited}). ${c.outcomes.join('; ') || 'No agenda recorded.'}`,
        ),
        ...a.decisions.map((d) => `Decided by the Deputy Regional Director: ${d}`),
      ],
    },
  ];
}
