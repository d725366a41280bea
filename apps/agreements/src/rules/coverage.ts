import { Department, Theme } from '@laa/domain';
import { AgreementCoverage, DepartmentCoverage } from '../entities/coverage';
import { Priority, PriorityLink } from '../entities/priority';
import { PriorityGraph, PriorityGraphEdgeKind, PriorityGraphNodeKind } from '../entities/priority-graph';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import { NationalIndicatorFacts } from './national-indicator-facts';
import { nationalIndicators } from './target-rules';

/**
 * The lead department of each theme, used only when the reference data gives an indicator no
 * department (most of the set): the platform's reading, reported as inferred.
 */
export const THEME_LEAD_DEPARTMENT: Record<Theme, Department> = {
  [Theme.CHILDREN_AND_YOUNG_PEOPLE]: Department.DCSF,
  [Theme.SAFER_AND_STRONGER_COMMUNITIES]: Department.HOME_OFFICE,
  [Theme.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE]: Department.DH,
  [Theme.ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT]: Department.BERR,
};

/** The department answering for a target's indicator (as the data steward corrected it, else the file's), and whether that was inferred. */
export function departmentOf(
  target: Pick<Target, 'indicatorCode' | 'theme'>,
  facts: NationalIndicatorFacts,
): {
  department: Department;
  inferred: boolean;
} {
  const known = facts.departmentOf(target.indicatorCode);
  if (known) return { department: known.department, inferred: false };
  if (nationalIndicators().get(target.indicatorCode)?.statutoryDcsf)
    return { department: Department.DCSF, inferred: true };
  return { department: THEME_LEAD_DEPARTMENT[target.theme], inferred: true };
}

export function coverageOf(targets: Target[], facts: NationalIndicatorFacts): AgreementCoverage {
  const themes = Object.values(Theme).map((theme) => {
    const inTheme = targets.filter((t) => t.theme === theme);
    const count = (kind: TargetKind) => inTheme.filter((t) => t.kind === kind).length;
    return {
      theme,
      targets: inTheme.length,
      designated: count(TargetKind.DESIGNATED),
      statutory: count(TargetKind.STATUTORY_DCSF),
      local: count(TargetKind.LOCAL),
    };
  });
  const departments = new Map<Department, DepartmentCoverage>();
  for (const target of targets) {
    const { department, inferred } = departmentOf(target, facts);
    const entry = departments.get(department) ?? { department, targets: 0, indicatorCodes: [], inferred: false };
    entry.targets += 1;
    entry.indicatorCodes.push(target.indicatorCode);
    entry.inferred ||= inferred;
    departments.set(department, entry);
  }
  return {
    themes,
    departments: [...departments.values()].sort((a, b) => b.targets - a.targets),
    themesWithoutTargets: themes.filter((t) => t.targets === 0).map((t) => t.theme),
  };
}

export function priorityGraphOf(priorities: Priority[], links: PriorityLink[], targets: Target[]): PriorityGraph {
  const nodes = priorities.map((p) => ({
    id: p.id,
    kind: PriorityGraphNodeKind.PRIORITY,
    label: p.title,
    tier: p.tier,
  }));
  const indicatorCodes = new Set<string>();
  const edges = links.map((link) => {
    if (link.toIndicatorCode) indicatorCodes.add(link.toIndicatorCode);
    return {
      from: link.fromPriorityId,
      to: (link.toPriorityId ?? link.toIndicatorCode)!,
      kind: PriorityGraphEdgeKind.CONTRIBUTES_TO,
      description: link.description,
    };
  });
  for (const target of targets.filter((t) => t.priorityId)) {
    indicatorCodes.add(target.indicatorCode);
    edges.push({
      from: target.priorityId!,
      to: target.indicatorCode,
      kind: PriorityGraphEdgeKind.MEASURED_BY,
      description: `${target.kind} target`,
    });
  }
  for (const code of indicatorCodes)
    nodes.push({ id: code, kind: PriorityGraphNodeKind.INDICATOR, label: code, tier: null });
  return { nodes, edges };
}
