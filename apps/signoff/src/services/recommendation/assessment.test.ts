import { pdfText } from '@laa/testing';
import { RecommendationFacts, RecommendedTargetFact } from '../../peers/agreement-facts';
import { AssessmentEvidence } from '../../peers/evidence-facts';
import { recommendationContent, SECTION_HEADINGS } from './content';
import { recommendationHtml } from './html';
import { recommendationPdf } from './pdf';

const target = (
  id: string,
  code: string,
  kind: RecommendedTargetFact['kind'],
  extra: Partial<RecommendedTargetFact> = {},
): RecommendedTargetFact => ({
  id,
  version: 1,
  kind,
  theme: 'CHILDREN_AND_YOUNG_PEOPLE',
  levels: [50, 52, 55],
  indicator: { code },
  localIndicatorTitle: null,
  baseline: { value: 48, period: '2007/08' },
  priority: null,
  placeholder: false,
  baselineDueBy: null,
  localReason: null,
  leadPartner: { id: 'council' },
  ...extra,
});

function facts(): RecommendationFacts {
  return {
    id: 'a',
    stage: 'SUBMITTED',
    area: { code: '00CG' },
    firstYear: 2008,
    synthetic: false,
    targets: [
      target('t1', 'NI72', 'STATUTORY_DCSF'),
      target('t2', 'NI73', 'STATUTORY_DCSF', { levels: [50, null, null] }),
      target('t3', 'NI39', 'DESIGNATED', { leadPartner: null }),
      target('t4', 'NI8', 'DESIGNATED', { baseline: null, placeholder: true, baselineDueBy: '2008-12-31' }),
      target('t5', 'NI116', 'DESIGNATED', {
        baseline: null,
        placeholder: true,
        baselineDueBy: '2008-10-01',
        baselineDeferral: {
          status: 'APPROVED',
          reason: 'the first survey reports in the autumn',
          dueBy: '2008-11-30',
          decidedBy: 'Robin Manager (rm)',
        },
      }),
    ],
    priorities: [
      {
        id: 'p1',
        title: 'Less alcohol harm',
        description: 'Admissions are rising',
        tier: 1,
        criteriaMet: [],
        assessmentReason: null,
      },
    ],
    priorityGraph: {
      nodes: [
        { id: 'p1', label: 'Less alcohol harm' },
        { id: 'p2', label: 'Fewer violent crimes' },
      ],
      edges: [
        { from: 'p1', to: 'p2', kind: 'CONTRIBUTES_TO', description: 'drink fuels night-time violence' },
        { from: 'p1', to: 'NI39', kind: 'MEASURED_BY', description: '' },
      ],
    },
    caseConferences: [
      {
        heldOn: '2008-03-14',
        invitedDepartments: ['DCSF'],
        invitedOthers: ['Audit Commission'],
        agenda: [{ point: { title: 'NI72 level too low' }, outcome: 'DCSF accepts the level', resolvesPoint: true }],
      },
    ],
    negotiationPoints: [
      {
        title: 'Too few economic targets',
        status: 'RESOLVED',
        decision: 'Add NI151',
        decidedBy: { name: 'Dee Deputy' },
        decidedAt: '2008-04-02T10:00:00.000Z',
      },
    ],
  };
}

const assessed: AssessmentEvidence = {
  read: true,
  statutorySet: ['NI72', 'NI73', 'NI75'].map((code) => ({ code, title: null, statutoryDcsfStatus: 'INFERRED' })),
  stretch: new Map([
    [
      't1',
      {
        judgement: 'BEYOND_TREND',
        summary: 'Year 3 beats the projection.',
        belowTrend: false,
        strongPerformerWithoutLocalReason: false,
      },
    ],
    [
      't3',
      {
        judgement: 'BELOW_TREND',
        summary: 'Year 2 is below the projection.',
        belowTrend: true,
        strongPerformerWithoutLocalReason: false,
      },
    ],
  ]),
};

describe("the recommendation's assessment sections (4 to 9)", () => {
  it("carries the links, the statutory set, every target's stretch, deferred baselines, risks and how hard points were settled, in HTML and PDF alike", async () => {
    const doc = recommendationContent({
      facts: { ...facts(), place: null },
      evidence: { read: true, storyOfPlace: null, indicators: new Map() },
      assessed,
      recommendedBy: 'Rita Director (rd)',
      likelyImpact: 'A stretching agreement.',
      reason: 'Recommended.',
      generatedAt: new Date('2008-06-01T00:00:00Z'),
      synthetic: false,
    });
    const html = recommendationHtml(doc)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ');
    const pdf = pdfText(await recommendationPdf(doc)).replace(/\s+/g, ' ');
    for (const text of [
      ...SECTION_HEADINGS,
      'Less alcohol harm contributes to Fewer violent crimes: drink fuels night-time violence',
      'Incomplete: 1 of the 3 statutory indicators in force have no target (NI75); 1 statutory targets lack a level for each year (NI73). The reference data marks the list inferred.',
      "beyond the area's own trend. Year 3 beats the projection.",
      'below the trend: asks for less than the trend gives. Year 2 is below the projection.',
      'not judged: the evidence base holds no figures for this indicator',
      'baseline to be set by 2008-12-31; no deferral approved by the GO is recorded',
      'baseline to be set by 2008-11-30; deferral approved by the GO by Robin Manager (rm) (the first survey reports in the autumn)',
      'The statutory set is incomplete: NI75 has no statutory target.',
      "asks for less than the area's own trend gives.",
      'has no lead partner.',
      'Case conference on 2008-03-14 (invited: DCSF, Audit Commission). NI72 level too low: DCSF accepts the level (resolved the point)',
      'Decided by the Deputy Regional Director: Too few economic targets: Add NI151 (decided by Dee Deputy on 2008-04-02)',
    ]) {
      expect(html).toContain(text);
      expect(pdf).toContain(text);
    }
    expect(doc.assessment?.links).toHaveLength(1);
  });

  it('says so where a section has nothing to list, and where the evidence base was not read', async () => {
    const empty = {
      ...facts(),
      targets: [],
      priorityGraph: { nodes: [], edges: [] },
      caseConferences: [],
      negotiationPoints: [],
      place: null,
    };
    const doc = recommendationContent({
      facts: empty,
      evidence: { read: false, storyOfPlace: null, indicators: new Map() },
      assessed: { read: false, statutorySet: [], stretch: new Map() },
      recommendedBy: 'Rita Director (rd)',
      likelyImpact: 'x',
      reason: 'Recommended.',
      generatedAt: new Date('2008-06-01T00:00:00Z'),
      synthetic: true,
    });
    const html = recommendationHtml(doc);
    for (const text of [
      'No cause-and-effect link between the priorities is recorded.',
      'Not judged: the evidence base was not read for this document.',
      'Every target has a reliable baseline.',
      'No case conference was held and no point was decided by the Deputy Regional Director.',
      'The evidence base was not read for this document: stretch and the statutory set are not judged.',
    ])
      expect(html).toContain(text);
  });
});
