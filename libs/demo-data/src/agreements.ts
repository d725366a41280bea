import { IntendedDirection, Polarity, Theme } from '@laa/domain';
import { AreaReference, IndicatorReference } from '@laa/reference-data';
import { between, seededRandom, stableUuid } from './random';
import { DEMO_PERIODS, round, syntheticSeries } from './series';

/** Negotiation stages a demo agreement can be at (the agreements subgraph's AgreementStage values). */
export const DEMO_STAGES = ['PROCESS_MAP', 'PRIORITIES', 'INDICATORS', 'TARGETS', 'SUBMITTED'] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

/** Sign-off stages reached by demo agreements submitted for sign-off (the signoff subgraph's SignOffStage values). */
export const DEMO_SIGN_OFF_STAGES = [
  'LSP_SIGNED_OFF',
  'PARTNERS_AGREED',
  'TARGETS_SIGNED_OFF',
  'RD_RECOMMENDED',
  'SIGNED',
] as const;
export type DemoSignOffStage = (typeof DEMO_SIGN_OFF_STAGES)[number];

export type DemoTargetKind = 'DESIGNATED' | 'STATUTORY_DCSF';

export interface DemoTarget {
  id: string;
  indicatorCode: string;
  kind: DemoTargetKind;
  theme: Theme;
  baseline: { value: number; period: string };
  levels: [number, number, number];
  /** Stated where the indicator's polarity is not known (statutory ones, mostly): the demo's levels rise. */
  intendedDirection: IntendedDirection | null;
}

export interface DemoAgreement {
  id: string;
  areaCode: string;
  stage: DemoStage;
  signOffStage: DemoSignOffStage | null;
  targets: DemoTarget[];
}

export const demoAgreementId = (areaCode: string) => stableUuid(`agreement:${areaCode}:2008-2011`);

/** The indicators the demo can target: live, with a known polarity (levels must move the better way). */
export function demoIndicators(indicators: IndicatorReference[]): IndicatorReference[] {
  return indicators.filter((i) => !i.withdrawn && i.polarity !== null);
}

/** A deterministic draft agreement for an area, at a stage chosen by the area's code. */
export function demoAgreement(area: AreaReference, indicators: IndicatorReference[]): DemoAgreement {
  const random = seededRandom(`agreement:${area.code}`);
  const stage = DEMO_STAGES[Math.floor(random() * DEMO_STAGES.length)];
  const signOffStage =
    stage === 'SUBMITTED' ? DEMO_SIGN_OFF_STAGES[Math.floor(random() * DEMO_SIGN_OFF_STAGES.length)] : null;
  const id = demoAgreementId(area.code);
  const hasTargets = stage === 'TARGETS' || stage === 'SUBMITTED';
  const candidates = demoIndicators(indicators);
  const designated = hasTargets
    ? pick(
        candidates.filter((i) => !i.statutoryDcsf),
        5 + Math.floor(random() * 16),
        random,
      )
    : [];
  // Every agreement holds the statutory set: all 16 of 2008 (a superset of the 12 in force from 31 December 2008),
  // whether or not their polarity is known (the levels then rise, the direction the demo assumes).
  const statutory = hasTargets ? indicators.filter((i) => i.statutoryDcsf && !i.withdrawn) : [];
  const targets = [
    ...designated.map((i) => demoTarget(id, area.code, i, 'DESIGNATED')),
    ...statutory.map((i) => demoTarget(id, area.code, i, 'STATUTORY_DCSF')),
  ];
  return { id, areaCode: area.code, stage, signOffStage, targets };
}

function demoTarget(
  agreementId: string,
  areaCode: string,
  indicator: IndicatorReference,
  kind: DemoTargetKind,
): DemoTarget {
  const series = syntheticSeries(indicator, areaCode);
  const last = series[series.length - 1];
  const random = seededRandom(`target:${agreementId}:${indicator.code}`);
  const step = between(random, 0.02, 0.05) * (indicator.polarity === Polarity.LOWER_IS_BETTER ? -1 : 1);
  const levels = [1, 2, 3].map((year) => round(last.value * (1 + step * year))) as [number, number, number];
  return {
    id: stableUuid(`target:${agreementId}:${indicator.code}`),
    indicatorCode: indicator.code,
    kind,
    theme: indicator.theme,
    baseline: { value: last.value, period: DEMO_PERIODS[DEMO_PERIODS.length - 1] },
    levels,
    intendedDirection: indicator.polarity ? null : IntendedDirection.UP,
  };
}

function pick<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}
