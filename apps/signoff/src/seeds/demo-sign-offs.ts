import { insertInBatches } from '@laa/database';
import { DemoAgreement, demoAgreement, stableUuid } from '@laa/demo-data';
import { Department, RegionCode } from '@laa/domain';
import { IndicatorReference, readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { signedTarget, SignedVersion } from '../entities/signed-version';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';

type Step = Exclude<SignOffStage, 'NOT_STARTED'>;

const DEMO_SIGNATORIES: Record<Step, [string, string, string]> = {
  [SignOffStage.LSP_SIGNED_OFF]: ['Demo LSP Chair', 'LSP chair', 'Story of place and draft agreed at the LSP board'],
  [SignOffStage.PARTNERS_AGREED]: [
    'Demo Partnership Officer',
    'Partnership officer',
    'Council, PCT Board and Police Authority have agreed the draft',
  ],
  [SignOffStage.TARGETS_SIGNED_OFF]: [
    'Demo Theme Lead',
    'GO theme lead',
    'All designated and statutory targets confirmed with departments',
  ],
  [SignOffStage.RD_RECOMMENDED]: [
    'Demo Regional Director',
    'Regional Director',
    'All negotiation points resolved; recommendation sent to CLG',
  ],
  [SignOffStage.SIGNED]: [
    'Demo Minister',
    'Minister',
    'Signed after the Secretary of State consulted Cabinet colleagues',
  ],
};

const reached = (plan: DemoAgreement, stage: SignOffStage) =>
  SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) >= SIGN_OFF_ORDER.indexOf(stage);
const stepId = (plan: DemoAgreement, stage: SignOffStage) => stableUuid(`sign-off-step:${plan.id}:${stage}`);
/** When each demo step was taken: LSP in April 2008, then a month a step (the RD's recommendation in July, Ministers in August). */
export const demoStepDate = (stage: SignOffStage) => new Date(Date.UTC(2008, 2 + SIGN_OFF_ORDER.indexOf(stage), 1));
const stepDate = demoStepDate;

/** Sign-off records (synthetic) for the demo agreements already submitted, consistent with each step's conditions. */
export async function seedDemoSignOffs(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const submitted = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => demoAgreement(area, indicators))
    .filter((plan) => plan.signOffStage !== null);
  const signOffs = submitted.map((plan) => ({
    agreementId: plan.id,
    stage: plan.signOffStage as SignOffStage,
    version: 1,
    areaCode: plan.areaCode,
  }));
  const steps = submitted.flatMap((plan) =>
    SIGN_OFF_ORDER.slice(1, SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) + 1).map((stage) => {
      const [takenBy, role, reason] = DEMO_SIGNATORIES[stage as Step];
      return {
        id: stepId(plan, stage),
        agreementId: plan.id,
        stage,
        takenBy,
        role,
        reason,
        takenAt: stepDate(stage),
        synthetic: true,
      };
    }),
  );
  await insertInBatches(manager, SignOff, signOffs);
  await insertInBatches(manager, SignOffStep, steps as SignOffStep[]);
  await insertInBatches(
    manager,
    GoverningBodyAgreement,
    submitted.filter((p) => reached(p, SignOffStage.PARTNERS_AGREED)).flatMap(governingBodies),
  );
  const departments = referenceDepartments(indicators);
  await insertInBatches(
    manager,
    TargetSignOffRecord,
    submitted.filter((p) => reached(p, SignOffStage.TARGETS_SIGNED_OFF)).flatMap((p) => targetSignOffs(p, departments)),
  );
  const signed = submitted.filter((p) => reached(p, SignOffStage.SIGNED));
  await insertInBatches(
    manager,
    CabinetConsultation,
    signed.map((plan) => ({
      agreementId: plan.id,
      colleagues: [
        'Secretary of State for Children, Schools and Families',
        'Home Secretary',
        'Secretary of State for Health',
      ],
      outcome: 'No objections',
      recordedBy: 'Demo Minister',
      recordedByRole: 'MINISTER',
      recordedAt: new Date(Date.UTC(2008, 6, 15)),
    })) as CabinetConsultation[],
  );
  await insertInBatches(
    manager,
    SignedVersion,
    signed.map((plan) => ({
      agreementId: plan.id,
      number: 1,
      targets: plan.targets.map((t) =>
        signedTarget({ ...t, version: 1, indicator: { code: t.indicatorCode }, localIndicatorTitle: null }),
      ),
      signedBy: DEMO_SIGNATORIES[SignOffStage.SIGNED][0],
      signedByRole: 'MINISTER',
      reason: DEMO_SIGNATORIES[SignOffStage.SIGNED][2],
      signedAt: stepDate(SignOffStage.SIGNED),
    })) as SignedVersion[],
  );
}

function governingBodies(plan: DemoAgreement): Partial<GoverningBodyAgreement>[] {
  return [
    ['Council', 'Cabinet'],
    ['Primary Care Trust', 'PCT Board'],
    ['Police', 'Police Authority'],
  ].map(([organisation, body]) => ({
    agreementId: plan.id,
    stepId: stepId(plan, SignOffStage.PARTNERS_AGREED),
    organisation: `Demo ${organisation}`,
    body,
    agreedOn: '2008-04-20',
    synthetic: true,
  }));
}

/** Each indicator's department in the reference data (where it has one): the department that confirms its targets. */
export function referenceDepartments(indicators: IndicatorReference[]): Map<string, Department> {
  return new Map(indicators.flatMap((i) => (i.department ? [[i.code, i.department] as const] : [])));
}

/** The department that confirms a demo target, as the theme lead's sign-off rule needs it (CLG where the reference data names none). */
export const demoConfirmingDepartment = (
  target: { kind: string; indicatorCode: string },
  departments: Map<string, Department>,
) => (target.kind === 'STATUTORY_DCSF' ? Department.DCSF : (departments.get(target.indicatorCode) ?? Department.CLG));

function targetSignOffs(plan: DemoAgreement, departments: Map<string, Department>): Partial<TargetSignOffRecord>[] {
  return plan.targets.map((target) => ({
    targetId: target.id,
    agreementId: plan.id,
    areaCode: plan.areaCode,
    targetVersion: 1,
    indicatorCode: target.indicatorCode,
    signedBy: DEMO_SIGNATORIES[SignOffStage.TARGETS_SIGNED_OFF][0],
    role: 'THEME_LEAD',
    department: demoConfirmingDepartment(target, departments),
    confirmedBy: 'Demo department contact',
    confirmedOn: '2008-05-15',
    note: 'Confirmed by e-mail',
    signedAt: stepDate(SignOffStage.TARGETS_SIGNED_OFF),
    synthetic: true,
  }));
}

/**
 * Stores seeded before the confirming-department rule: a demo target sign-off confirmed by another department than
 * its indicator's (the reference data's; DCSF for the statutory set) is recorded as confirmed by the right one.
 */
export async function fixDemoConfirmingDepartments(manager: EntityManager): Promise<void> {
  const byDepartment = new Map<Department, string[]>();
  for (const indicator of readIndicators()) {
    const department = indicator.statutoryDcsf ? Department.DCSF : indicator.department;
    if (department) byDepartment.set(department, [...(byDepartment.get(department) ?? []), indicator.code]);
  }
  for (const [department, codes] of byDepartment) {
    await manager
      .createQueryBuilder()
      .update(TargetSignOffRecord)
      .set({ department })
      .where('synthetic AND indicator_code IN (:...codes) AND department <> :department', { codes, department })
      .execute();
  }
}
