import { insertInBatches } from '@laa/database';
import { DemoAgreement, demoAgreement, stableUuid } from '@laa/demo-data';
import { Department, RegionCode } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
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
  [SignOffStage.PARTNERS_AGREED]: ['Demo Partnership Officer', 'Partnership officer', 'Council, PCT Board and Police Authority have agreed the draft'],
  [SignOffStage.TARGETS_SIGNED_OFF]: ['Demo Theme Lead', 'GO theme lead', 'All designated and statutory targets confirmed with departments'],
  [SignOffStage.RD_RECOMMENDED]: ['Demo Regional Director', 'Regional Director', 'All negotiation points resolved; recommendation sent to CLG'],
  [SignOffStage.SIGNED]: ['Demo Minister', 'Minister', 'Signed after the Secretary of State consulted Cabinet colleagues'],
};

const reached = (plan: DemoAgreement, stage: SignOffStage) =>
  SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) >= SIGN_OFF_ORDER.indexOf(stage);
const stepId = (plan: DemoAgreement, stage: SignOffStage) => stableUuid(`sign-off-step:${plan.id}:${stage}`);
const stepDate = (stage: SignOffStage) => new Date(Date.UTC(2008, 2 + SIGN_OFF_ORDER.indexOf(stage), 1));

/** Sign-off records (synthetic) for the demo agreements already submitted, consistent with each step's conditions. */
export async function seedDemoSignOffs(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const submitted = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => demoAgreement(area, indicators))
    .filter((plan) => plan.signOffStage !== null);
  const signOffs = submitted.map((plan) => ({ agreementId: plan.id, stage: plan.signOffStage as SignOffStage, version: 1, areaCode: plan.areaCode }));
  const steps = submitted.flatMap((plan) =>
    SIGN_OFF_ORDER.slice(1, SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) + 1).map((stage) => {
      const [takenBy, role, reason] = DEMO_SIGNATORIES[stage as Step];
      return { id: stepId(plan, stage), agreementId: plan.id, stage, takenBy, role, reason, takenAt: stepDate(stage), synthetic: true };
    }),
  );
  await insertInBatches(manager, SignOff, signOffs);
  await insertInBatches(manager, SignOffStep, steps as SignOffStep[]);
  await insertInBatches(manager, GoverningBodyAgreement, submitted.filter((p) => reached(p, SignOffStage.PARTNERS_AGREED)).flatMap(governingBodies));
  await insertInBatches(manager, TargetSignOffRecord, submitted.filter((p) => reached(p, SignOffStage.TARGETS_SIGNED_OFF)).flatMap(targetSignOffs));
  const signed = submitted.filter((p) => reached(p, SignOffStage.SIGNED));
  await insertInBatches(manager, CabinetConsultation, signed.map((plan) => ({
    agreementId: plan.id, colleagues: ['Secretary of State for Children, Schools and Families', 'Home Secretary', 'Secretary of State for Health'],
    outcome: 'No objections', recordedBy: 'Demo Minister', recordedAt: stepDate(SignOffStage.RD_RECOMMENDED),
  })));
  await insertInBatches(manager, SignedVersion, signed.map((plan) => ({
    agreementId: plan.id, number: 1,
    targets: plan.targets.map((t) => signedTarget({ ...t, version: 1, indicator: { code: t.indicatorCode }, localIndicatorTitle: null })),
    signedBy: DEMO_SIGNATORIES[SignOffStage.SIGNED][0], reason: DEMO_SIGNATORIES[SignOffStage.SIGNED][2], signedAt: stepDate(SignOffStage.SIGNED),
  })) as SignedVersion[]);
}

function governingBodies(plan: DemoAgreement): Partial<GoverningBodyAgreement>[] {
  return [['Council', 'Cabinet'], ['Primary Care Trust', 'PCT Board'], ['Police', 'Police Authority']].map(([organisation, body]) => ({
    agreementId: plan.id, stepId: stepId(plan, SignOffStage.PARTNERS_AGREED), organisation: `Demo ${organisation}`, body, agreedOn: '2008-04-20', synthetic: true,
  }));
}

function targetSignOffs(plan: DemoAgreement): Partial<TargetSignOffRecord>[] {
  return plan.targets.map((target) => ({
    targetId: target.id, agreementId: plan.id, areaCode: plan.areaCode, targetVersion: 1, indicatorCode: target.indicatorCode,
    signedBy: DEMO_SIGNATORIES[SignOffStage.TARGETS_SIGNED_OFF][0], role: 'THEME_LEAD',
    department: target.kind === 'STATUTORY_DCSF' ? Department.DCSF : Department.CLG,
    confirmedBy: 'Demo department contact', confirmedOn: '2008-05-15', note: 'Confirmed by e-mail', signedAt: stepDate(SignOffStage.TARGETS_SIGNED_OFF), synthetic: true,
  }));
}
