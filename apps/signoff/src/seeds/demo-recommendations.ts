import { insertInBatches } from '@laa/database';
import { DemoAgreement, demoAgreement } from '@laa/demo-data';
import { RegionCode, REGIONS } from '@laa/domain';
import { AreaReference, readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Recommendation } from '../entities/recommendation';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';
import { recommendationContent } from '../services/recommendation/content';
import { recommendationHtml } from '../services/recommendation/html';

const RECOMMENDED_ON = new Date(Date.UTC(2008, 5, 1));

/** The RD's recommendation (synthetic) for every demo agreement that reached RD_RECOMMENDED, in the standard format. */
export async function seedDemoRecommendations(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const office = REGIONS.find((r) => r.code === region);
  const recommended = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => ({ area, plan: demoAgreement(area, indicators) }))
    .filter(({ plan }) => plan.signOffStage && SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) >= SIGN_OFF_ORDER.indexOf(SignOffStage.RD_RECOMMENDED));
  const rows = recommended.map(({ area, plan }) => {
    const content = recommendationContent({
      facts: demoFacts(area, plan, office?.name ?? region, office?.governmentOffice ?? 'Government Office'),
      recommendedBy: 'Demo Regional Director',
      likelyImpact: 'Synthetic demo text: the targets move every indicator the better way from its baseline over the three years.',
      reason: 'Synthetic demo text: every negotiation point resolved and every designated and statutory target signed off.',
      generatedAt: RECOMMENDED_ON,
      synthetic: true,
    });
    return { agreementId: plan.id, content, html: recommendationHtml(content), recommendedBy: content.recommendedBy, generatedAt: RECOMMENDED_ON };
  });
  // A store seeded before recommendations were kept may already hold one made by hand: that one stands.
  const made = new Set((await manager.find(Recommendation, { select: { agreementId: true } })).map((r) => r.agreementId));
  await insertInBatches(manager, Recommendation, rows.filter((row) => !made.has(row.agreementId)));
}

function demoFacts(area: AreaReference, plan: DemoAgreement, regionName: string, governmentOffice: string) {
  return {
    id: plan.id,
    stage: plan.stage,
    area: { code: area.code },
    firstYear: 2008,
    synthetic: true,
    targets: plan.targets.map((t) => ({ ...t, version: 1, indicator: { code: t.indicatorCode }, localIndicatorTitle: null })),
    priorities: [],
    place: { name: area.name, region: { name: regionName, governmentOffice }, partnership: { name: `${area.name} Local Strategic Partnership`, members: [] } },
  };
}
