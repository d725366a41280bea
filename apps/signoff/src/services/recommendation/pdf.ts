import PDFDocument from 'pdfkit';
import { RecommendationContent, SECTION_HEADINGS } from './content';

/** A4 with the print stylesheet's 18 mm margins (51 pt), in the standard PDF fonts (no font files to ship). */
const MARGIN = 51;
const FONT = { body: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' };

/** The recommendation as a PDF: the same standard-format content as the HTML page, laid out for A4. */
export function recommendationPdf(doc: RecommendationContent): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: doc.title, Author: doc.recommendedBy, Subject: `${doc.office}: recommendation to Ministers`, Creator: 'LAA Platform' },
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  header(pdf, doc);
  shape(pdf, doc);
  heading(pdf, SECTION_HEADINGS[1]);
  paragraph(pdf, doc.impact.statement);
  paragraph(pdf, doc.impact.summary);
  priorities(pdf, doc);
  heading(pdf, SECTION_HEADINGS[3]);
  paragraph(pdf, doc.recommendation);
  footers(pdf, doc);
  pdf.end();
  return done;
}

type Pdf = InstanceType<typeof PDFDocument>;

function header(pdf: Pdf, doc: RecommendationContent) {
  pdf.font(FONT.body).fontSize(9).fillColor('#444').text(doc.office.toUpperCase(), { characterSpacing: 0.6 });
  pdf.moveDown(0.4).font(FONT.bold).fontSize(17).fillColor('#111').text(doc.title);
  pdf.moveDown(0.4).font(FONT.body).fontSize(10.5).text(`Recommended to Ministers by ${doc.recommendedBy} on ${doc.recommendedOn}.`);
  if (doc.synthetic) pdf.moveDown(0.3).font(FONT.italic).text('Synthetic demo data: not a real agreement.');
}

/** Every page says what it is part of and where: "<title> · page 2 of 3" (pages are buffered until the end). */
function footers(pdf: Pdf, doc: RecommendationContent) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(FONT.body).fontSize(8).fillColor('#555')
      .text(`${doc.title} · page ${i + 1} of ${count}`, MARGIN, pdf.page.height - bottom / 2 - 4, { width: pdf.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

function heading(pdf: Pdf, text: string) {
  pdf.moveDown(1).font(FONT.bold).fontSize(13).fillColor('#111').text(text);
  const y = pdf.y + 2;
  pdf.moveTo(MARGIN, y).lineTo(pdf.page.width - MARGIN, y).lineWidth(0.5).strokeColor('#999').stroke();
  pdf.moveDown(0.5).font(FONT.body).fontSize(10.5);
}

function paragraph(pdf: Pdf, text: string) {
  pdf.font(FONT.body).fontSize(10.5).text(text, MARGIN, pdf.y, { paragraphGap: 4, lineGap: 1 });
}

function shape(pdf: Pdf, doc: RecommendationContent) {
  heading(pdf, SECTION_HEADINGS[0]);
  paragraph(pdf, `${doc.shape.partnership}: ${doc.shape.partners.join(', ') || 'members not recorded'}.`);
  pdf.list(doc.shape.counts.map((c) => `${c.label}: ${c.count}`), { bulletRadius: 1.5, paragraphGap: 1 });
  pdf.moveDown(0.3);
  paragraph(pdf, `Themes covered: ${doc.shape.themes.join(', ') || 'none'}.`);
  if (doc.shape.targets.length === 0) return;
  pdf.moveDown(0.3).fontSize(8.5);
  const head = ['Indicator', 'Kind', 'Theme', 'Baseline', 'Levels (years 1-3)'].map((text) => ({ text, font: { src: FONT.bold }, backgroundColor: '#eee' }));
  pdf.table({
    columnStyles: ['*', 62, 90, 72, 88],
    defaultStyle: { border: 0.5, borderColor: '#bbb', padding: 3 },
    data: [head, ...doc.shape.targets.map((t) => [t.indicator, t.kind, t.theme, t.baseline, t.levels])],
  });
  pdf.x = MARGIN;
}

function priorities(pdf: Pdf, doc: RecommendationContent) {
  heading(pdf, SECTION_HEADINGS[2]);
  if (doc.priorities.length === 0) return paragraph(pdf, 'No priority outcomes recorded.');
  doc.priorities.forEach((p, i) => {
    pdf.moveDown(0.3).font(FONT.bold).fontSize(11).text(`${i + 1}. ${p.title}${p.tier ? ` (tier ${p.tier})` : ''}`, MARGIN, pdf.y);
    labelled(pdf, 'Story of place: ', p.story);
    labelled(pdf, 'Evidence: ', p.evidence);
  });
}

function labelled(pdf: Pdf, label: string, text: string) {
  pdf.font(FONT.bold).fontSize(10.5).text(label, MARGIN, pdf.y, { continued: true }).font(FONT.body).text(text, { paragraphGap: 3 });
}
