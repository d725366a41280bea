import { insertInBatches } from '@laa/database';
import { DemoAgreement, demoAgreement } from '@laa/demo-data';
import { RegionCode, REGIONS } from '@laa/domain';
import { AreaReference, readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Recommendation } from '../entities/recommendation';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';
import { RecommendationFacts, PlaceFacts } from '../peers/agreement-facts';
import { AssessmentEvidence, PlaceEvidence } from '../peers/evidence-facts';
import { recommendationContent } from '../services/recommendation/content';
import { recommendationHtml } from '../services/recommendation/html';
import { demoStepDate } from './demo-sign-offs';

/** The demo recommendation is dated as the demo RD_RECOMMENDED step is (July 2008): one moment, one record. */
export const DEMO_RECOMMENDED_ON = demoStepDate(SignOffStage.RD_RECOMMENDED);
export const DEMO_RECOMMENDED_BY = 'Demo Regional Director';
/** The date earlier demo seeds gave the recommendation, a month before its step (corrected by fixDemoRecommendationDates). */
const EARLIER_DEMO_DATE = new Date(Date.UTC(2008, 5, 1));

/** Made from the demo data alone: the seed runs before the peers answer, so it does not read the evidence base. */
const NOT_READ: PlaceEvidence = { read: false, storyOfPlace: null, indicators: new Map() };
const NOT_ASSESSED: AssessmentEvidence = { read: false, statutorySet: [], stretch: new Map() };

/** The RD's recommendation (synthetic) for every demo agreement that reached RD_RECOMMENDED, in the standard format. */
export async function seedDemoRecommendations(manager: EntityManager, region: RegionCode): Promise<void> {
  const rows = demoRecommendations(region);
  // A store seeded before recommendations were kept may already hold one made by hand: that one stands.
  const made = new Set(
    (await manager.find(Recommendation, { select: { agreementId: true } })).map((r) => r.agreementId),
  );
  await insertInBatches(
    manager,
    Recommendation,
    rows.filter((row) => !made.has(row.agreementId)),
  );
}

/** Stores seeded before the dates agreed: each demo recommendation still as seeded is made again, dated as its step. */
export async function fixDemoRecommendationDates(manager: EntityManager, region: RegionCode): Promise<void> {
  for (const row of demoRecommendations(region)) {
    await manager.update(
      Recommendation,
      { agreementId: row.agreementId, recommendedBy: DEMO_RECOMMENDED_BY, generatedAt: EARLIER_DEMO_DATE },
      row,
    );
  }
}

function demoRecommendations(region: RegionCode) {
  const indicators = readIndicators();
  const office = REGIONS.find((r) => r.code === region);
  const recommended = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => ({ area, plan: demoAgreement(area, indicators) }))
    .filter(
      ({ plan }) =>
        plan.signOffStage &&
        SIGN_OFF_ORDER.indexOf(plan.signOffStage as SignOffStage) >=
          SIGN_OFF_ORDER.indexOf(SignOffStage.RD_RECOMMENDED),
    );
  return recommended.map(({ area, plan }) => {
    const content = recommendationContent({
      facts: demoFacts(area, plan, office?.name ?? region, office?.governmentOffice ?? 'Government Office'),
      evidence: NOT_READ,
      assessed: NOT_ASSESSED,
      recommendedBy: DEMO_RECOMMENDED_BY,
      likelyImpact:
        'Synthetic demo text: the targets move every indicator the better way from its baseline over the three years.',
      reason:
        'Synthetic demo text: every negotiation point resolved and every designated and statutory target signed off.',
      generatedAt: DEMO_RECOMMENDED_ON,
      synthetic: true,
    });
    return {
      agreementId: plan.id,
      version: 1,
      content,
      html: recommendationHtml(content),
      recommendedBy: content.recommendedBy,
      generatedAt: DEMO_RECOMMENDED_ON,
    };
  });
}

function demoFacts(
  area: AreaReference,
  plan: DemoAgreement,
  regionName: string,
  governmentOffice: string,
): RecommendationFacts & PlaceFacts {
  return {
    id: plan.id,
    stage: plan.stage,
    area: { code: area.code },
    firstYear: 2008,
    synthetic: true,
    // Every demo target has a reliable baseline and a lead partner (the agreements subgraph's demo seeds give one).
    targets: plan.targets.map((t) => ({
      ...t,
      version: 1,
      indicator: { code: t.indicatorCode },
      localIndicatorTitle: null,
      priority: null,
      placeholder: false,
      baselineDueBy: null,
      localReason: null,
      leadPartner: { id: 'demo-lead-partner' },
    })),
    priorities: [],
    priorityGraph: { nodes: [], edges: [] },
    caseConferences: [],
    negotiationPoints: [],
    place: {
      name: area.name,
      region: { name: regionName, governmentOffice },
      partnership: { name: `${area.name} Local Strategic Partnership`, members: [] },
    },
  };
}
