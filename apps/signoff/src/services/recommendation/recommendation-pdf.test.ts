import { pdfPageRuns, pdfText } from '@laa/testing';
import { inflateSync } from 'node:zlib';
import { recommendationContent, RecommendationContent, SECTION_HEADINGS } from './content';
import { recommendationHtml } from './html';
import { recommendationPdf } from './pdf';
import { PlaceEvidence } from '../../peers/evidence-facts';

const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) => ['evidence', 'partners', 'outcomes', 'residents', 'priority'][i % 5]).join(
    ' ',
  );

/** A recommendation long enough to run over several pages: eight priorities, each with two targets and their evidence. */
function longRecommendation(impactWords: number): RecommendationContent {
  const priorities = Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    title: `Priority outcome ${i + 1}`,
    description: `Why it matters: ${sentence(40 + i * 7)}.`,
    tier: 1,
    criteriaMet: ['SHEFFIELD_LOCAL_PEOPLE', 'GOSE_ROBUST_DATA'],
    assessmentReason: sentence(25),
  }));
  const targets = Array.from({ length: 16 }, (_, i) => ({
    id: `t${i}`,
    version: 1,
    kind: 'DESIGNATED' as const,
    theme: 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE',
    levels: [10, 11, 12],
    indicator: { code: `NI${i + 1}` },
    localIndicatorTitle: null,
    baseline: { value: 9, period: '2007/08' },
    priority: { id: `p${i % 8}` },
    placeholder: false,
    baselineDueBy: null,
    localReason: null,
    leadPartner: { id: 'pct' },
  }));
  const evidence: PlaceEvidence = {
    read: true,
    storyOfPlace: {
      version: 3,
      placeToday: sentence(60),
      ambition: sentence(30),
      synthetic: false,
      signOff: { signedOffBy: 'Pat Officer (po)', signedOffAt: '2008-03-10T10:00:00.000Z', note: 'LSP board' },
      claims: [
        {
          statement: 'Alcohol-related harm drives violent crime.',
          evidence: [],
          softEvidence: [{ title: 'Residents survey', source: 'Citizens panel 2007' }],
        },
      ],
    },
    indicators: new Map(
      targets.map((t) => [
        t.indicator.code,
        {
          indicator: { code: t.indicator.code, title: `Indicator ${t.indicator.code}` },
          series: [
            { period: '2006/07', value: 20, provisional: false },
            { period: '2007/08', value: 21.456, provisional: false },
          ],
          trend: { direction: 'IMPROVING' },
          benchmark: { period: '2007/08', quartile: 2, areasRanked: 150 },
        },
      ]),
    ),
  };
  return recommendationContent({
    facts: {
      id: 'a',
      stage: 'SUBMITTED',
      area: { code: '00CC' },
      firstYear: 2008,
      synthetic: false,
      targets,
      priorities,
      priorityGraph: { nodes: [], edges: [] },
      caseConferences: [],
      negotiationPoints: [],
      place: {
        name: 'Barnsley',
        region: {
          name: 'Yorkshire and the Humber',
          governmentOffice: 'Government Office for Yorkshire and the Humber',
        },
        partnership: { name: 'One Barnsley', members: [] },
      },
    },
    evidence,
    assessed: { read: true, statutorySet: [], stretch: new Map() },
    recommendedBy: 'Rita Director (rd)',
    likelyImpact: sentence(impactWords),
    reason: 'Recommended.',
    generatedAt: new Date('2008-07-01T00:00:00Z'),
    synthetic: false,
  });
}

describe("the recommendation's section 3", () => {
  it("quotes the story of place, the criteria in the source's words and the evidence behind each target, in the HTML and the PDF alike", async () => {
    const doc = longRecommendation(10);
    // The page's text, tags stripped (the document is escaped HTML; this fixture has nothing to unescape).
    const html = recommendationHtml(doc).replace(/<[^>]+>/g, '');
    const pdf = pdfText(await recommendationPdf(doc));
    for (const text of [
      'The story of place (version 3)',
      'Signed off for the LSP by Pat Officer (po) on 10 March 2008: LSP board',
      'Alcohol-related harm drives violent crime.',
      'Soft intelligence: Residents survey (Citizens panel 2007)',
      'Local people see the issue as a priority (Sheffield); Be supported by robust data sets (GO South East).',
      'NI1 Indicator NI1 (designated, levels 10 / 11 / 12): latest figure 21.46 (2007/08); direction of travel: improving; England quartile 2 of 4 in 2007/08 (1 = the best quarter)',
    ]) {
      expect(html).toContain(text);
      expect(pdf).toContain(text);
    }
    expect(doc.otherTargets).toEqual([]);
  });
});

describe('the recommendation as a PDF', () => {
  it('never leaves a heading alone at the foot of a page: it starts the next page with its first lines', async () => {
    const headings = new Set<string>([
      ...SECTION_HEADINGS,
      'The story of place (version 3)',
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}. Priority outcome ${i + 1} (tier 1)`),
    ]);
    let headingsStartingAPage = 0;
    // Shifting everything below section 2 down a few words at a time brings every heading, in turn, near a page's foot.
    for (let words = 0; words <= 600; words += 15) {
      const pages = pdfPageRuns(await recommendationPdf(longRecommendation(words)));
      expect(pages.length).toBeGreaterThan(2);
      pages.forEach((page, p) => {
        const body = page.slice(0, -1); // the footer is the page's last run
        body.forEach((run, i) => {
          if (!headings.has(run)) return;
          // What follows the heading on its page: its first line at least (a label such as "Why it matters here:" and the start of its text).
          const after = body.slice(i + 1);
          const kept = after.length > 0 && (!after[0].endsWith(':') || after.length > 1);
          expect({ words, page: p + 1, heading: run, kept }).toEqual({ words, page: p + 1, heading: run, kept: true });
          if (i === 0 && p > 0) headingsStartingAPage += 1;
        });
      });
    }
    // The layout was tested where it matters: headings that would have fallen at a page's foot moved to the next page.
    expect(headingsStartingAPage).toBeGreaterThan(0);
  });

  it('is tagged: a structure tree of headings, paragraphs, a list and a table with header cells, footers as artifacts', async () => {
    const pdf = (await recommendationPdf(longRecommendation(10))).toString('latin1');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R|\/Marked true/);
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/Lang (en-GB)');
    // Each kind of part the reader meets, in the tree; the section headings are H2s, the title its one H1.
    const kinds = (tag: string) => (pdf.match(new RegExp(`/S /${tag}\\b`, 'g')) ?? []).length;
    expect(kinds('H1')).toBe(1);
    expect(kinds('H2')).toBe(SECTION_HEADINGS.length);
    expect(kinds('H3')).toBeGreaterThan(8);
    for (const tag of ['Document', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD'])
      expect({ tag, count: kinds(tag) > 0 }).toEqual({ tag, count: true });
    // The pages' content: every footer ("page n of m") is drawn inside an Artifact, so a screen reader skips it.
    const buffer = Buffer.from(pdf, 'latin1');
    const pages = [...pdf.matchAll(/\/FlateDecode[^]*?>>\s*stream\r?\n/g)]
      .map((m) => {
        const start = m.index + m[0].length;
        return inflateSync(buffer.subarray(start, pdf.indexOf('endstream', start))).toString('latin1');
      })
      .filter((content) => content.includes(' BDC'));
    expect(pages.length).toBeGreaterThan(2);
    for (const content of pages) expect(content).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });

  it('still renders a recommendation made before section 3 quoted the evidence', async () => {
    const doc = longRecommendation(10);
    const earlier: RecommendationContent = {
      ...doc,
      storyOfPlace: undefined,
      evidenceNote: undefined,
      otherTargets: undefined,
      assessment: undefined,
      priorities: [
        {
          title: 'Fewer young people not in education',
          tier: 2,
          story: 'NEET rates are high',
          evidence: 'meets the criteria: sheffield local people.',
        },
      ],
    };
    const text = pdfText(await recommendationPdf(earlier));
    expect(text).toContain('1. Fewer young people not in education (tier 2)');
    expect(text).toContain('Story of place: NEET rates are high');
    expect(recommendationHtml(earlier)).toContain(
      '<strong>Evidence:</strong> meets the criteria: sheffield local people.',
    );
    expect(text).toContain('4. Recommendation');
    expect(text).not.toContain('10. Recommendation');
  });
});
