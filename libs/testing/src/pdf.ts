import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, for tests: every content stream inflated and the strings of its text operators
 * (Tj, TJ) joined in order. Enough for PDFs in the standard fonts (WinAnsi), such as pdfkit writes.
 */
export function pdfText(pdf: Buffer): string {
  return textRunsPerStream(pdf).flat().join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Each page's text runs, in the order drawn, for layout tests: one entry per text operator of each page's
 * content stream (pdfkit draws a line, or a run of a line in one font, per operator). Pages are ordered by
 * the "page n of m" footer each page carries; streams without one are left out.
 */
export function pdfPageRuns(pdf: Buffer): string[][] {
  const pages: { number: number; runs: string[] }[] = [];
  for (const stream of textRunsPerStream(pdf)) {
    const runs = stream.map((run) => run.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const footer = runs.map((r) => r.match(/ · page (\d+) of \d+$/)).find(Boolean);
    if (footer) pages.push({ number: Number(footer[1]), runs });
  }
  return pages.sort((a, b) => a.number - b.number).map((p) => p.runs);
}

/** The strings of every text operator, per content stream, in order. */
function textRunsPerStream(pdf: Buffer): string[][] {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((match) => {
    const raw = Buffer.from(match[1], 'latin1');
    const content = inflated(raw) ?? raw.toString('latin1');
    return [...content.matchAll(/(\[(?:[^\]]*)\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*T[Jj]/g)].map((op) =>
      stringsOf(op[1]),
    );
  });
}

function inflated(raw: Buffer): string | null {
  try {
    return inflateSync(raw).toString('latin1');
  } catch {
    return null;
  }
}

/** The characters of one operand: hex strings and literal strings, kerning numbers dropped. */
function stringsOf(operand: string): string {
  const parts = operand.match(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
  return parts
    .map((part) =>
      part.startsWith('<')
        ? Buffer.from(part.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1')
        : part.slice(1, -1).replace(/\\([()\\])/g, '$1'),
    )
    .join('');
}
