import { startYearOf } from './format';

/** One figure of a series: null where there is none of record (unresolved rival data). */
export interface ChartFigure {
  period: string;
  value: number | null;
  provisional?: boolean;
}

export interface ChartPoint {
  x: number;
  y: number;
  period: string;
  value: number;
  provisional: boolean;
}

export interface ChartTick {
  position: number;
  label: string;
}

export interface SeriesChartGeometry {
  width: number;
  height: number;
  /** The figures of record, one path per unbroken run. */
  recordPaths: string[];
  /** From the latest figure of record through the projection (drawn dashed); empty without one. */
  projectionPath: string;
  points: ChartPoint[];
  projectionPoints: ChartPoint[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const MARGIN = { left: 52, right: 28, top: 12, bottom: 28 };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A step of 1, 2 or 5 times a power of ten that gives about `count` ticks over the span. */
export function niceStep(span: number, count = 4): number {
  if (span <= 0) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

function yDomain(values: number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [min - 1, max + 1];
  const step = niceStep(max - min);
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}

/**
 * Where the series and its projection fall on a small chart: x is the year each period starts,
 * y the value. Pure, so it is tested without a browser.
 */
export function seriesChart(
  series: ChartFigure[],
  projection: { period: string; value: number }[],
  size = { width: 560, height: 220 },
): SeriesChartGeometry | null {
  const dated = series
    .map((f) => ({ ...f, year: startYearOf(f.period) }))
    .filter((f): f is ChartFigure & { year: number } => f.year !== null);
  const projected = projection
    .map((p) => ({ ...p, year: startYearOf(p.period) }))
    .filter((p): p is { period: string; value: number; year: number } => p.year !== null);
  const values = [...dated.flatMap((f) => (f.value === null ? [] : [f.value])), ...projected.map((p) => p.value)];
  if (values.length === 0) return null;
  const years = [...dated.map((f) => f.year), ...projected.map((p) => p.year)];
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const [low, high] = yDomain(values);
  const plot = {
    left: MARGIN.left,
    right: size.width - MARGIN.right,
    top: MARGIN.top,
    bottom: size.height - MARGIN.bottom,
  };
  const x = (year: number) =>
    round1(
      lastYear === firstYear
        ? (plot.left + plot.right) / 2
        : plot.left + ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left),
    );
  const y = (value: number) => round1(plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));

  const sorted = [...dated].sort((a, b) => a.year - b.year);
  const points: ChartPoint[] = sorted.flatMap((f) =>
    f.value === null
      ? []
      : [{ x: x(f.year), y: y(f.value), period: f.period, value: f.value, provisional: Boolean(f.provisional) }],
  );
  const recordPaths: string[] = [];
  let run: string[] = [];
  for (const f of sorted) {
    if (f.value === null) {
      if (run.length > 1) recordPaths.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(`${run.length === 0 ? 'M' : 'L'}${x(f.year)} ${y(f.value)}`);
  }
  if (run.length > 1) recordPaths.push(run.join(' '));

  const projectionPoints = [...projected]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ x: x(p.year), y: y(p.value), period: p.period, value: p.value, provisional: false }));
  const latest = points.at(-1);
  const projectionPath =
    latest && projectionPoints.length > 0
      ? [latest, ...projectionPoints].map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')
      : '';

  const labels = new Map([
    ...sorted.map((f) => [f.year, f.period] as const),
    ...projected.map((p) => [p.year, p.period] as const),
  ]);
  const xTicks = [...labels.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, label]) => ({ position: x(year), label }));
  const step = niceStep(high - low);
  const yTicks: ChartTick[] = [];
  for (let v = low; v <= high + step / 1000; v += step)
    yTicks.push({ position: y(v), label: String(Math.round(v * 1000) / 1000) });
  return { ...size, recordPaths, projectionPath, points, projectionPoints, xTicks, yTicks, plot };
}
