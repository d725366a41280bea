import { ImportScope, ObservationRow, Rejection, RejectionReason } from './observation-row';

/** Periods a row can name: calendar and split years starting 1990 to 2030 (periods.ts), two kinds each. */
const PERIOD_KINDS = 2;
const PERIOD_YEARS = 41;

/**
 * The releases of each figure seen so far in the file, to refuse a second row of the same figure and release and
 * to count further releases. A million-row file holds a million figures: each is a number (indicator, area and
 * period by their place in the import's scope), in a map per source, and each release a number (its publication
 * day and line), so no string is made or kept per row (per-row key strings kept a quarter of the import's time in
 * garbage collection).
 */
export class FileReleases {
  private readonly indicators: Map<string, number>;
  private readonly areas: Map<string, number>;
  private readonly first = new Map<string, Map<number, number>>();
  private readonly more = new Map<string, number[]>();
  /** Rows that are a further release of a figure seen earlier in the file. */
  repeats = 0;

  constructor(scope: Pick<ImportScope, 'indicators' | 'areas'>) {
    this.indicators = new Map([...scope.indicators.keys()].map((code, index) => [code, index]));
    this.areas = new Map([...scope.areas].map((code, index) => [code, index]));
  }

  /** Null when the row is the figure's first release in the file, or a further one; a rejection when it repeats one. */
  add(row: ObservationRow): Rejection | null {
    const figure = this.figureOf(row);
    const release = releaseOf(row);
    let bySource = this.first.get(row.source);
    if (!bySource) this.first.set(row.source, (bySource = new Map<number, number>()));
    const known = bySource.get(figure);
    if (known === undefined) {
      bySource.set(figure, release);
      return null;
    }
    const key = `${row.source}\u0000${figure}`;
    const further = this.more.get(key) ?? [];
    const same = [known, ...further].find((r) => dayOf(r) === dayOf(release));
    if (same !== undefined) {
      return {
        line: row.line,
        reason: RejectionReason.DUPLICATE,
        message: `the same figure and release as line ${lineOf(same)}`,
      };
    }
    this.more.set(key, [...further, release]);
    this.repeats++;
    return null;
  }

  /** Indicator, area and period as one number: a checked row names an indicator and an area of the scope. */
  private figureOf(row: ObservationRow): number {
    const indicator = this.indicators.get(row.indicatorCode) ?? -1;
    const area = this.areas.get(row.areaCode) ?? -1;
    if (indicator < 0 || area < 0)
      throw new Error(`Row ${row.line} names an indicator or area outside the import's scope`);
    const startYear = Number(row.period.slice(0, 4));
    const period = (startYear - 1990) * PERIOD_KINDS + (row.period.length > 4 ? 1 : 0);
    return (indicator * this.areas.size + area) * PERIOD_YEARS * PERIOD_KINDS + period;
  }
}

const LINES = 2 ** 32;

/** The publication day (YYYY-MM-DD, a checked calendar date) and the line, as one exact number. */
function releaseOf(row: ObservationRow): number {
  const day =
    Number(row.publishedOn.slice(0, 4)) * 372 +
    Number(row.publishedOn.slice(5, 7)) * 31 +
    Number(row.publishedOn.slice(8, 10));
  return day * LINES + row.line;
}

const dayOf = (release: number) => Math.floor(release / LINES);
const lineOf = (release: number) => release % LINES;
