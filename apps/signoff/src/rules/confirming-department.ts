import { Department, DEPARTMENT_NAMES } from '@laa/domain';
import { ruleViolation } from '@laa/errors';
import { IndicatorDepartmentFact, TargetFact } from '../peers/agreement-facts';
import { targetLabel } from './readiness';

/** The rule under which a theme lead's sign-off is refused for the wrong department's confirmation. */
export const CONFIRMING_DEPARTMENT = 'confirming-department';

/** DECC took over Defra's climate change work when it was created, on 3 October 2008. */
const DECC_FROM = '2008-10-03';

export const CONFIRMING_DEPARTMENT_RULE =
  'A statutory DCSF target is confirmed by DCSF. A designated target whose indicator has a department in the reference data is confirmed by ' +
  `that department (where the source says "DECC from Oct 2008", DECC too from ${DECC_FROM}). Where the reference data gives the indicator no ` +
  'department, any department may confirm it.';

const named = (department: Department) => `${department} (${DEPARTMENT_NAMES[department]})`;

/**
 * The departments whose confirmation signs off this target, or null when any department may (a designated target
 * whose indicator has no department in the reference data).
 */
export function confirmingDepartments(
  kind: TargetFact['kind'],
  indicator: IndicatorDepartmentFact | null,
  confirmedOn: string,
): Department[] | null {
  if (kind === 'STATUTORY_DCSF') return [Department.DCSF];
  if (!indicator?.department) return null;
  const successor =
    /DECC from Oct/i.test(indicator.departmentNote ?? '') && confirmedOn >= DECC_FROM ? [Department.DECC] : [];
  return [indicator.department, ...successor];
}

/** Refuses a confirmation by a department other than the one the target needs, naming the one needed. */
export function checkConfirmingDepartment(
  target: Pick<TargetFact, 'kind' | 'indicator'>,
  indicator: IndicatorDepartmentFact | null,
  confirmation: { department: Department; confirmedOn: string },
): void {
  const accepted = confirmingDepartments(target.kind, indicator, confirmation.confirmedOn);
  if (!accepted || accepted.includes(confirmation.department)) return;
  const [needed] = accepted;
  const why =
    target.kind === 'STATUTORY_DCSF'
      ? `${targetLabel(target)} is a statutory DCSF target`
      : `${targetLabel(target)} measures an indicator of ${named(needed)} in the reference data`;
  const also = accepted.length > 1 ? ` (or ${accepted.slice(1).map(named).join(', ')})` : '';
  throw ruleViolation(
    CONFIRMING_DEPARTMENT,
    `${why}: it must be confirmed by ${named(needed)}${also}, not ${named(confirmation.department)}`,
    { requiredDepartment: needed, acceptedDepartments: accepted },
  );
}
