import { inflateSync } from 'node:zlib';

/**
 * Each page's text runs, in the order drawn, for layout tests: one entry per text operator (Tj, TJ) of each page's
 * content stream (pdfkit draws a line, or a run of a line in one font, per operator). Pages are ordered by the
 * "page n of m" footer every page of the recommendation carries.
 */
export function pdfPageRuns(pdf: Buffer): string[][] {
  const source = pdf.toString('latin1');
  const pages: { number: number; runs: string[] }[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(match[1], 'latin1');
    const content = inflated(raw) ?? raw.toString('latin1');
    const runs = [...content.matchAll(/(\[(?:[^\]]*)\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*T[Jj]/g)].map((op) => stringsOf(op[1]).replace(/\s+/g, ' ').trim()).filter(Boolean);
    const footer = runs.map((r) => r.match(/ · page (\d+) of \d+$/)).find(Boolean);
    if (footer) pages.push({ number: Number(footer[1]), runs });
  }
  return pages.sort((a, b) => a.number - b.number).map((p) => p.runs);
}

function inflated(raw: Buffer): string | null {
  try {
    return inflateSync(raw).toString('latin1');
  } catch {
    return null;
  }
}

function stringsOf(operand: string): string {
  const parts = operand.match(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
  return parts
    .map((part) => (part.startsWith('<') ? Buffer.from(part.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1') : part.slice(1, -1).replace(/\\([()\\])/g, '$1')))
    .join('');
}
