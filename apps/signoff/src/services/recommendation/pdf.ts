import PDFDocument from 'pdfkit';
import { assessmentSections, DocumentSection } from './assessment';
import {
  dateInWords,
  evidenceSentence,
  isEarlierPriority,
  RecommendationContent,
  recommendationHeading,
  SECTION_HEADINGS,
  TargetEvidence,
} from './content';

/** A4 with the print stylesheet's 18 mm margins (51 pt), in the standard PDF fonts (no font files to ship). */
const MARGIN = 51;
const FONT = { body: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' };
const BODY = 10.5;
/** Lines of what follows a heading that must share its page: a heading never stands alone at the foot of a page. */
const LINES_KEPT_WITH_HEADING = 2;

/**
 * The recommendation as a PDF: the same standard-format content as the HTML page, laid out for A4, and tagged (PDF 1.7
 * with a structure tree: H1, H2 and H3 headings, paragraphs, a list and a table with header cells, in reading order;
 * running footers and rules marked as artifacts), so a screen reader reads it as the HTML reads. PDF/UA proper also
 * asks for embedded fonts, which the standard PDF fonts used here are not.
 */
export function recommendationPdf(doc: RecommendationContent): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: doc.title,
      Author: doc.recommendedBy,
      Subject: `${doc.office}: recommendation to Ministers`,
      Creator: 'LAA Platform',
    },
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  ROOTS.set(pdf, root);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  header(pdf, doc);
  shape(pdf, doc);
  heading(pdf, SECTION_HEADINGS[1], doc.impact.statement);
  paragraph(pdf, doc.impact.statement);
  paragraph(pdf, doc.impact.summary);
  priorities(pdf, doc);
  if (doc.assessment) assessmentSections(doc.assessment).forEach((section) => assessmentSection(pdf, section));
  heading(pdf, recommendationHeading(doc), doc.recommendation);
  paragraph(pdf, doc.recommendation);
  root.end();
  footers(pdf, doc);
  pdf.end();
  return done;
}

type Pdf = InstanceType<typeof PDFDocument>;
type Structure = ReturnType<Pdf['struct']>;
type TableWithData = Extract<Parameters<Pdf['table']>[0], { data: unknown }>;
const WIDTH = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;

/** Each document's structure tree root, where its parts are added in reading order. */
const ROOTS = new WeakMap<Pdf, Structure>();
const rootOf = (pdf: Pdf): Structure => ROOTS.get(pdf)!;

/** Draws one part of the document as a structure element of the given type (H1, H2, H3, P). */
function part(pdf: Pdf, type: string, draw: () => void) {
  rootOf(pdf).add(pdf.struct(type, {}, draw));
}

/** Draws what is decoration or repetition (rules, running footers): marked so that assistive technology skips it. */
function artifact(pdf: Pdf, type: 'Layout' | 'Pagination', draw: () => void) {
  pdf.markContent('Artifact', { type });
  draw();
  pdf.endMarkedContent();
}

function header(pdf: Pdf, doc: RecommendationContent) {
  part(pdf, 'P', () =>
    pdf.font(FONT.body).fontSize(9).fillColor('#444').text(doc.office.toUpperCase(), { characterSpacing: 0.6 }),
  );
  part(pdf, 'H1', () => pdf.moveDown(0.4).font(FONT.bold).fontSize(17).fillColor('#111').text(doc.title));
  part(pdf, 'P', () =>
    pdf
      .moveDown(0.4)
      .font(FONT.body)
      .fontSize(BODY)
      .text(`Recommended to Ministers by ${doc.recommendedBy} on ${dateInWords(doc.recommendedOn)}.`),
  );
  if (doc.synthetic)
    part(pdf, 'P', () => pdf.moveDown(0.3).font(FONT.italic).text('Synthetic demo data: not a real agreement.'));
}

/** Every page says what it is part of and where: "<title> · page 2 of 3" (pages are buffered until the end). */
function footers(pdf: Pdf, doc: RecommendationContent) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    artifact(pdf, 'Pagination', () =>
      pdf
        .font(FONT.body)
        .fontSize(8)
        .fillColor('#555')
        .text(`${doc.title} · page ${i + 1} of ${count}`, MARGIN, pdf.page.height - bottom / 2 - 4, {
          width: WIDTH(pdf),
          align: 'center',
          lineBreak: false,
        }),
    );
    pdf.page.margins.bottom = bottom;
  }
}

/**
 * Starts a new page unless the heading and the first lines of what follows it fit above the bottom margin, so that a
 * heading is never left alone at the foot of a page (the PDF's "keep with next").
 */
function keepWithNext(pdf: Pdf, headingHeight: number, following: string) {
  if (pdf.y + headingHeight + firstLinesHeight(pdf, following) > pdf.page.height - pdf.page.margins.bottom)
    pdf.addPage();
}

/** A font size's line height (with its gap), as moveDown counts lines. */
const lineHeight = (pdf: Pdf, size: number) => pdf.font(FONT.body).fontSize(size).currentLineHeight(true);

/** The height of the first lines of a body paragraph (all of it if shorter). */
function firstLinesHeight(pdf: Pdf, text: string): number {
  pdf.font(FONT.body).fontSize(BODY);
  const line = pdf.currentLineHeight(true) + 1;
  return Math.min(pdf.heightOfString(text || ' ', { width: WIDTH(pdf), lineGap: 1 }), LINES_KEPT_WITH_HEADING * line);
}

/** The room a subheading takes, its space above included (as subheading() draws it). */
const subheadingHeight = (pdf: Pdf, text: string) =>
  0.3 * lineHeight(pdf, BODY) +
  pdf
    .font(FONT.bold)
    .fontSize(11)
    .heightOfString(text, { width: WIDTH(pdf) });

/**
 * A section heading, kept with what follows it: its first lines, or a subheading and its first lines (`then`). The
 * room asked for is a little more than the subheading will ask for, so the subheading never breaks away from it.
 */
function heading(pdf: Pdf, text: string, following: string, then?: { subheading: string; following: string }) {
  pdf.moveDown(1);
  const own =
    pdf
      .font(FONT.bold)
      .fontSize(13)
      .heightOfString(text, { width: WIDTH(pdf) }) +
    0.5 * lineHeight(pdf, 13) +
    2;
  keepWithNext(pdf, then ? own + subheadingHeight(pdf, then.subheading) : own, then?.following ?? following);
  part(pdf, 'H2', () => pdf.font(FONT.bold).fontSize(13).fillColor('#111').text(text, MARGIN, pdf.y));
  const y = pdf.y + 2;
  artifact(pdf, 'Layout', () =>
    pdf
      .moveTo(MARGIN, y)
      .lineTo(pdf.page.width - MARGIN, y)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke(),
  );
  pdf.moveDown(0.5).font(FONT.body).fontSize(BODY);
}

/** A heading within a section (a priority, the story of place): bold, kept with its first lines. */
function subheading(pdf: Pdf, text: string, following: string) {
  keepWithNext(pdf, subheadingHeight(pdf, text), following);
  pdf.font(FONT.body).fontSize(BODY).moveDown(0.3);
  part(pdf, 'H3', () => pdf.font(FONT.bold).fontSize(11).fillColor('#111').text(text, MARGIN, pdf.y));
}

function paragraph(pdf: Pdf, text: string) {
  part(pdf, 'P', () => pdf.font(FONT.body).fontSize(BODY).text(text, MARGIN, pdf.y, { paragraphGap: 4, lineGap: 1 }));
}

function shape(pdf: Pdf, doc: RecommendationContent) {
  const partners = `${doc.shape.partnership}: ${doc.shape.partners.join(', ') || 'members not recorded'}.`;
  heading(pdf, SECTION_HEADINGS[0], partners);
  paragraph(pdf, partners);
  const list = pdf.struct('L');
  rootOf(pdf).add(list);
  pdf.list(
    doc.shape.counts.map((c) => `${c.label}: ${c.count}`),
    { bulletRadius: 1.5, paragraphGap: 1, structParent: list },
  );
  list.end();
  pdf.moveDown(0.3);
  paragraph(pdf, `Themes covered: ${doc.shape.themes.join(', ') || 'none'}.`);
  if (doc.shape.targets.length === 0) return;
  pdf.moveDown(0.3).fontSize(8.5);
  const head = ['Indicator', 'Kind', 'Theme', 'Baseline', 'Levels (years 1-3)'].map((text) => ({
    text,
    type: 'TH' as const,
    font: { src: FONT.bold },
    backgroundColor: '#eee',
  }));
  // pdfkit tags a table (Table, TR, TH, TD) under structParent; its type definitions do not list the option yet.
  const table: TableWithData & { structParent: Structure } = {
    structParent: rootOf(pdf),
    columnStyles: ['*', 62, 90, 72, 88],
    defaultStyle: { border: 0.5, borderColor: '#bbb', padding: 3 },
    data: [head, ...doc.shape.targets.map((t) => [t.indicator, t.kind, t.theme, t.baseline, t.levels])],
  };
  pdf.table(table);
  pdf.x = MARGIN;
}

function priorities(pdf: Pdf, doc: RecommendationContent) {
  const story = doc.storyOfPlace;
  const storyHeading = story
    ? `The story of place (version ${story.version})${story.synthetic ? ', synthetic' : ''}`
    : '';
  const whatItIs = story ? `What kind of place it is: ${story.placeToday}` : '';
  if (doc.evidenceNote) {
    heading(pdf, SECTION_HEADINGS[2], doc.evidenceNote);
    part(pdf, 'P', () =>
      pdf
        .font(FONT.italic)
        .fontSize(BODY)
        .text(doc.evidenceNote ?? '', MARGIN, pdf.y, { paragraphGap: 4, lineGap: 1 }),
    );
  } else {
    heading(pdf, SECTION_HEADINGS[2], '', story ? { subheading: storyHeading, following: whatItIs } : undefined);
  }
  if (story) {
    subheading(pdf, storyHeading, whatItIs);
    labelled(pdf, 'What kind of place it is: ', story.placeToday);
    labelled(pdf, 'What it wants to be: ', story.ambition);
    paragraph(
      pdf,
      story.signOff
        ? `Signed off for the LSP by ${story.signOff.signedOffBy} on ${dateInWords(story.signOff.signedOffOn)}${story.signOff.note ? `: ${story.signOff.note}` : '.'}`
        : 'Not signed off by the LSP.',
    );
    story.claims.forEach((claim) => {
      bullet(pdf, claim.statement, 0);
      claim.evidence.forEach((e) => bullet(pdf, `${e.indicator}: ${evidenceSentence(e)}`, 1));
      claim.softEvidence.forEach((s) => bullet(pdf, `Soft intelligence: ${s}`, 1));
    });
  }
  if (doc.priorities.length === 0) paragraph(pdf, 'No priority outcomes recorded.');
  doc.priorities.forEach((p, i) => {
    const title = `${i + 1}. ${p.title}${p.tier ? ` (tier ${p.tier})` : ''}`;
    if (isEarlierPriority(p)) {
      subheading(pdf, title, `Story of place: ${p.story}`);
      labelled(pdf, 'Story of place: ', p.story);
      labelled(pdf, 'Evidence: ', p.evidence);
      return;
    }
    subheading(pdf, title, `Why it matters here: ${p.description}`);
    labelled(pdf, 'Why it matters here: ', p.description);
    labelled(
      pdf,
      'Criteria met: ',
      p.criteria.length ? `${p.criteria.join('; ')}.` : 'not yet assessed against the criteria.',
    );
    if (p.assessment) labelled(pdf, 'Assessment: ', p.assessment);
    if (!p.targets.length) labelled(pdf, 'Evidence behind its targets: ', 'no target measures this priority yet.');
    else targets(pdf, 'Evidence behind its targets:', p.targets);
  });
  if (doc.otherTargets?.length) {
    subheading(pdf, 'Targets not tied to a priority', targetLine(doc.otherTargets[0]));
    targets(pdf, null, doc.otherTargets);
  }
}

function assessmentSection(pdf: Pdf, section: DocumentSection) {
  heading(pdf, section.heading, section.paragraphs[0] ?? (section.items[0] ? `• ${section.items[0]}` : ''));
  section.paragraphs.forEach((p) => paragraph(pdf, p));
  section.items.forEach((item) => bullet(pdf, item, 0));
}

const targetLine = (t: TargetEvidence) =>
  `${t.indicator} (${t.kind.toLowerCase()}, levels ${t.levels}): ${evidenceSentence(t.evidence)}`;

function targets(pdf: Pdf, label: string | null, list: TargetEvidence[]) {
  if (label) {
    keepWithNext(pdf, firstLinesHeight(pdf, label) + 2, list[0] ? targetLine(list[0]) : '');
    part(pdf, 'P', () => pdf.font(FONT.bold).fontSize(BODY).text(label, MARGIN, pdf.y, { paragraphGap: 2 }));
  }
  list.forEach((t) => bullet(pdf, targetLine(t), 0));
}

function bullet(pdf: Pdf, text: string, depth: number) {
  const indent = 10 + depth * 12;
  part(pdf, 'P', () =>
    pdf
      .font(FONT.body)
      .fontSize(depth ? BODY - 1 : BODY)
      .text(`• ${text}`, MARGIN + indent, pdf.y, { width: WIDTH(pdf) - indent, paragraphGap: 2, lineGap: 1 }),
  );
  pdf.x = MARGIN;
}

function labelled(pdf: Pdf, label: string, text: string) {
  part(pdf, 'P', () =>
    pdf
      .font(FONT.bold)
      .fontSize(BODY)
      .text(label, MARGIN, pdf.y, { continued: true })
      .font(FONT.body)
      .text(text, { paragraphGap: 3 }),
  );
}
