import { badInput } from '@laa/errors';
import { NotUtf8, utf8Text } from './utf8-text';

export type CsvChunks = AsyncIterable<string | Buffer> | Iterable<string | Buffer>;

/** One record of a CSV file with the line it starts on (1 = the header line). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record cannot be split into fields (an unterminated quote). */
  malformed?: string;
  /** Set when the line is longer than MAX_LINE_CHARACTERS: its text is not kept. */
  tooLong?: true;
}

/** The longest line read: far beyond any real row, and it bounds what one line can hold in memory. */
export const MAX_LINE_CHARACTERS = 64 * 1024;

/**
 * Splits CSV text into records, streaming. Hand-written because the import's speed is measured
 * against psql's \copy: unquoted lines (nearly all) take one split; quoted fields follow RFC 4180
 * within a line. A quoted field may not span lines: that record is reported, not guessed at.
 * The bytes must be UTF-8 (see utf8Text): else the whole file is refused with the line of the first bad byte.
 */
export async function* csvRecords(chunks: CsvChunks, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const lines = { read: 0 };
  try {
    yield* splitLines(utf8Text(chunks, onBytes), lines);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    const line = lines.read + 1 + (error.before.match(/\n/g)?.length ?? 0);
    throw badInput(
      `The file is not UTF-8 text: line ${line} has a byte that is not UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again: nothing was imported`,
      {
        reason: 'NOT_UTF8',
        line,
      },
    );
  }
}

async function* splitLines(texts: AsyncIterable<string>, lines: { read: number }): AsyncGenerator<CsvRecord[]> {
  let rest = '';
  // A line too long to keep: its start is dropped, the rest skipped up to its end.
  let overlong = false;
  for await (const text of texts) {
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    const records: CsvRecord[] = [];
    for (let i = 0; i < parts.length; i++) {
      const line = ++lines.read;
      const skip = i === 0 && overlong;
      records.push(
        skip || parts[i].length > MAX_LINE_CHARACTERS ? { line, fields: [], tooLong: true } : toRecord(parts[i], line),
      );
      if (skip) overlong = false;
    }
    if (rest.length > MAX_LINE_CHARACTERS) {
      overlong = true;
      rest = '';
    }
    yield records;
  }
  if (overlong) yield [{ line: ++lines.read, fields: [], tooLong: true }];
  else if (rest.length > 0) yield [toRecord(rest, ++lines.read)];
}

function toRecord(raw: string, line: number): CsvRecord {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (!text.includes('"')) return { line, fields: text.split(',') };
  const fields = quotedWithoutCommas(text) ?? splitQuoted(text);
  return fields ? { line, fields } : { line, fields: [], malformed: 'a quoted field is not closed on this line' };
}

/** The usual quoted field ("Office for National Statistics"): quotes round a whole field, no comma or quote inside. */
function quotedWithoutCommas(text: string): string[] | null {
  const parts = text.split(',');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.includes('"')) continue;
    if (part.length < 2 || part[0] !== '"' || part[part.length - 1] !== '"' || part.indexOf('"', 1) !== part.length - 1)
      return null;
    parts[i] = part.slice(1, -1);
  }
  return parts;
}

function splitQuoted(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return null;
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(value);
      if (i < text.length && text[i] !== ',') return null;
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      fields.push(text.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}
