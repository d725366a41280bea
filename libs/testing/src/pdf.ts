import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, for tests: every content stream inflated and the strings of its text operators
 * (Tj, TJ) joined in order. Enough for PDFs in the standard fonts (WinAnsi), such as pdfkit writes.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(match[1], 'latin1');
    const content = inflated(raw) ?? raw.toString('latin1');
    for (const op of content.matchAll(/(\[(?:[^\]]*)\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*T[Jj]/g)) texts.push(stringsOf(op[1]));
  }
  return texts.join(' ').replace(/\s+/g, ' ').trim();
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
