import { FigureChoice } from '../entities/figure-choice';
import { FigureOfRecord } from '../entities/figure-of-record';
import { Observation } from '../entities/observation';
import { parsePeriod } from './periods';

/** A figure of record with the year its period starts (the x axis of trends). */
export type DatedFigure = FigureOfRecord & { startYear: number };

/** What identifies a figure: one indicator, area and period (each source may publish several releases of it). */
export interface FigureRef {
  indicatorCode: string;
  areaCode: string;
  period: string;
}

export const figureKey = (f: FigureRef) => `${f.indicatorCode}|${f.areaCode}|${f.period}`;

/**
 * Sources that agree need no choice; sources that disagree are rival data until someone chooses
 * the figure of record. Where they agree, the latest publication is of record.
 */
export function figuresOfRecord(current: Observation[], choices: FigureChoice[]): DatedFigure[] {
  const chosen = new Map(choices.map((c) => [figureKey(c), c]));
  const groups = new Map<string, Observation[]>();
  for (const observation of current) {
    const key = figureKey(observation);
    const group = groups.get(key);
    if (group) group.push(observation);
    else groups.set(key, [observation]);
  }
  return [...groups.entries()].map(([key, candidates]) => {
    const first = candidates[0];
    const rival = new Set(candidates.map((c) => c.value)).size > 1;
    const choice = rival ? (chosen.get(key) ?? null) : null;
    const latest = [...candidates].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0];
    const observation = rival ? (candidates.find((c) => c.source === choice?.source) ?? null) : latest;
    return {
      indicatorCode: first.indicatorCode,
      areaCode: first.areaCode,
      period: first.period,
      startYear: parsePeriod(first.period)?.startYear ?? 0,
      value: observation?.value ?? null,
      observation,
      candidates,
      rival,
      unresolved: rival && !observation,
      provisional: observation?.provisional ?? false,
      synthetic: candidates.some((c) => c.synthetic),
      choice,
    };
  });
}
