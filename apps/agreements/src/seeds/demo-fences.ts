import { insertInBatches } from '@laa/database';
import { demoAgreement, stableUuid } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { AgreementFence, FencedTarget } from '../entities/agreement-fence';

/** The demo agreements sign-off seeds as signed (by Ministers, version 1 of every target) stand fenced, as a signature leaves them. */
export async function seedDemoFences(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const signed = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => demoAgreement(area, indicators))
    .filter((plan) => plan.signOffStage === 'SIGNED');
  await insertInBatches(
    manager,
    AgreementFence,
    signed.map((plan) => ({
      agreementId: plan.id,
      state: 'SIGNED' as const,
      attemptId: stableUuid(`demo-signature:${plan.id}`),
      fencedBy: 'Demo Minister',
      fencedAt: new Date(Date.UTC(2008, 7, 1)),
    })),
  );
  await insertInBatches(
    manager,
    FencedTarget,
    signed.flatMap((plan) => plan.targets.map((t) => ({ targetId: t.id, agreementId: plan.id, version: 1 }))),
  );
}
