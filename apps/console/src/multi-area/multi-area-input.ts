/** A shared target typed on one line: "NI163 | description | baseline | level, level, level" (baseline may be empty). */
export interface TargetLine {
  indicator: string;
  description: string;
  baseline: number | null;
  levels: number[];
}

/** Reads the form's lines; a line that does not read is named in the error, nothing is sent. */
export function parseTargetLines(text: string): { targets: TargetLine[] } | { error: string } {
  const targets: TargetLine[] = [];
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const [indicator = '', description = '', baseline = '', levels = ''] = line.split('|').map((part) => part.trim());
    const values = levels
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map(Number);
    const base = baseline === '' ? null : Number(baseline);
    if (
      !indicator ||
      !description ||
      values.length !== 3 ||
      values.some(Number.isNaN) ||
      (base !== null && Number.isNaN(base))
    ) {
      return {
        error: `Target line ${i + 1} does not read as "NI163 | description | baseline | level, level, level": ${line}`,
      };
    }
    targets.push({ indicator, description, baseline: base, levels: values });
  }
  return { targets };
}

/** Area codes as typed: commas or spaces between them. */
export const areaCodesOf = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** One priority per line, its title. */
export const prioritiesOf = (text: string) =>
  text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((title) => ({ title, description: '' }));
