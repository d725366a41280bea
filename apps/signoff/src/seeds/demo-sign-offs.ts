import { insertInBatches } from '@laa/database';
import { demoAgreement } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';

const DEMO_SIGNATORIES: Record<Exclude<SignOffStage, 'NOT_STARTED'>, [string, string, string]> = {
  [SignOffStage.LSP_SIGNED_OFF]: ['Demo LSP Chair', 'LSP chair', 'Story of place and draft agreed at the LSP board'],
  [SignOffStage.PARTNERS_AGREED]: ['Demo Partnership Officer', 'Partnership officer', 'Council, PCT Board and Police Authority have agreed the draft'],
  [SignOffStage.TARGETS_SIGNED_OFF]: ['Demo Theme Lead', 'GO theme lead', 'All designated and statutory targets confirmed with departments'],
  [SignOffStage.RD_RECOMMENDED]: ['Demo Regional Director', 'Regional Director', 'All negotiation points resolved; recommendation sent to CLG'],
  [SignOffStage.SIGNED]: ['Demo Minister', 'Minister', 'Signed after the Secretary of State consulted Cabinet colleagues'],
};

/** Sign-off records for the demo agreements already submitted, with each step taken so far. */
export async function seedDemoSignOffs(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const submitted = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => demoAgreement(area, indicators))
    .filter((plan) => plan.signOffStage !== null);
  const signOffs = submitted.map((plan) => ({ agreementId: plan.id, stage: plan.signOffStage as SignOffStage, version: 1 }));
  const steps = submitted.flatMap((plan) =>
    SIGN_OFF_ORDER.slice(1, SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) + 1).map((stage, i) => {
      const [takenBy, role, reason] = DEMO_SIGNATORIES[stage as Exclude<SignOffStage, 'NOT_STARTED'>];
      return { agreementId: plan.id, stage, takenBy, role, reason, takenAt: new Date(Date.UTC(2008, 3 + i, 1)), synthetic: true };
    }),
  );
  await insertInBatches(manager, SignOff, signOffs);
  await insertInBatches(manager, SignOffStep, steps as SignOffStep[]);
}
