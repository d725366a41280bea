import { Department, ReferenceStatus, Theme } from '@laa/domain';
import { TargetKind } from '../entities/target-kind';

/** What the national summary reads of one target. */
export interface ChosenTarget {
  agreementId: string;
  kind: TargetKind;
  indicatorCode: string;
  theme: Theme;
  levels: (number | null)[];
}

/** What it reads of one agreement. */
export interface CountedAgreement {
  id: string;
  areaCode: string;
  stage: string;
}

/** What the reference data says of a national indicator, as far as the summary needs it. */
export interface IndicatorFacts {
  title: string | null;
  theme: Theme;
  department: Department;
  /** INFERRED when the platform supplied the department (the data gives none), else the data's own mark. */
  departmentStatus: ReferenceStatus;
}

/** Counts of targets by kind and of the distinct areas holding them. */
export interface KindCounts {
  targets: number;
  designated: number;
  statutory: number;
  local: number;
  areaCodes: string[];
}

export interface IndicatorTotal extends KindCounts, IndicatorFacts {
  indicatorCode: string;
}
export interface ThemeTotal extends KindCounts {
  theme: Theme;
}
export interface DepartmentTotal extends KindCounts {
  department: Department;
  inferred: boolean;
}
export interface StatutoryGap {
  areaCode: string;
  stage: string;
  missing: string[];
}

export interface ChoiceSummary {
  agreements: number;
  indicators: IndicatorTotal[];
  themes: ThemeTotal[];
  departments: DepartmentTotal[];
  statutoryComplete: number;
  statutoryGaps: StatutoryGap[];
}

const emptyCounts = (): KindCounts => ({ targets: 0, designated: 0, statutory: 0, local: 0, areaCodes: [] });

function count(counts: KindCounts, kind: TargetKind, areaCode: string): void {
  counts.targets += 1;
  if (kind === TargetKind.DESIGNATED) counts.designated += 1;
  else if (kind === TargetKind.STATUTORY_DCSF) counts.statutory += 1;
  else counts.local += 1;
  if (!counts.areaCodes.includes(areaCode)) counts.areaCodes.push(areaCode);
}

function grouped<K, T extends KindCounts>(map: Map<K, T>, key: K, create: () => T): T {
  const found = map.get(key);
  if (found) return found;
  const made = create();
  map.set(key, made);
  return made;
}

const indicatorNumber = (code: string) => Number(code.replace(/^NI/, ''));

/**
 * Which indicators the agreements chose and how their targets spread over themes and departments: every target
 * counts in its theme; national indicators also by indicator and department (a local indicator has no department
 * in the national set, so it is counted under its theme only, and said so in the API's description).
 */
export function summariseChoices(
  agreements: readonly CountedAgreement[],
  targets: readonly ChosenTarget[],
  factsOf: (indicatorCode: string) => IndicatorFacts | null,
  statutorySet: readonly string[],
): ChoiceSummary {
  const areaOf = new Map(agreements.map((a) => [a.id, a.areaCode]));
  const indicators = new Map<string, IndicatorTotal>();
  const departments = new Map<Department, DepartmentTotal>();
  const themes = new Map<Theme, ThemeTotal>(Object.values(Theme).map((theme) => [theme, { theme, ...emptyCounts() }]));
  for (const target of targets) {
    const areaCode = areaOf.get(target.agreementId);
    if (!areaCode) continue; // a target of an agreement out of scope (a draft, when only signed ones count)
    count(themes.get(target.theme)!, target.kind, areaCode);
    const facts = factsOf(target.indicatorCode);
    if (!facts) continue;
    count(
      grouped(indicators, target.indicatorCode, () => ({
        indicatorCode: target.indicatorCode,
        ...facts,
        ...emptyCounts(),
      })),
      target.kind,
      areaCode,
    );
    const department = grouped(departments, facts.department, () => ({
      department: facts.department,
      inferred: false,
      ...emptyCounts(),
    }));
    department.inferred ||= facts.departmentStatus === ReferenceStatus.INFERRED;
    count(department, target.kind, areaCode);
  }
  const gaps = agreements
    .map((a) => ({ areaCode: a.areaCode, stage: a.stage, missing: missingStatutory(a.id, targets, statutorySet) }))
    .filter((gap) => gap.missing.length > 0);
  return {
    agreements: agreements.length,
    indicators: [...indicators.values()].sort(
      (a, b) => indicatorNumber(a.indicatorCode) - indicatorNumber(b.indicatorCode),
    ),
    themes: [...themes.values()],
    departments: [...departments.values()].sort(
      (a, b) => b.targets - a.targets || a.department.localeCompare(b.department),
    ),
    statutoryComplete: agreements.length - gaps.length,
    statutoryGaps: gaps.sort((a, b) => a.areaCode.localeCompare(b.areaCode)),
  };
}

/** The statutory indicators an agreement lacks: no statutory target on it, or one without its three levels. */
export function missingStatutory(
  agreementId: string,
  targets: readonly ChosenTarget[],
  statutorySet: readonly string[],
): string[] {
  const held = new Set(
    targets
      .filter(
        (t) =>
          t.agreementId === agreementId &&
          t.kind === TargetKind.STATUTORY_DCSF &&
          t.levels.length >= 3 &&
          t.levels.every((l) => l !== null),
      )
      .map((t) => t.indicatorCode),
  );
  return statutorySet.filter((code) => !held.has(code));
}
