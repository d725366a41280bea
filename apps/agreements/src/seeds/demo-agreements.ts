import { insertInBatches } from '@laa/database';
import { DEMO_SOURCE, demoAgreement, stableUuid } from '@laa/demo-data';
import { RegionCode, Theme } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementStage } from '../entities/agreement-stage';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';

/** A synthetic 2008-2011 draft agreement for every area of the region, at stages spread across the process. */
export async function seedDemoAgreements(manager: EntityManager, region: RegionCode): Promise<void> {
  const indicators = readIndicators();
  const plans = readAreas()
    .filter((area) => area.regionCode === region)
    .map((area) => demoAgreement(area, indicators));
  await insertInBatches(
    manager,
    Agreement,
    plans.map((plan) => ({
      id: plan.id,
      areaCode: plan.areaCode,
      regionCode: region,
      firstYear: 2008,
      stage: plan.stage as AgreementStage,
      synthetic: true,
      version: 1,
    })),
  );
  const targets = plans.flatMap((plan) =>
    plan.targets.map((target) => ({
      id: target.id,
      agreementId: plan.id,
      kind: target.kind as TargetKind,
      indicatorCode: target.indicatorCode,
      theme: target.theme,
      baselineValue: target.baseline.value,
      baselinePeriod: target.baseline.period,
      baselineSource: DEMO_SOURCE,
      baselineProvisional: false,
      levels: target.levels,
      // Stated where the indicator's polarity is not known (the statutory set, mostly); else the polarity is the check.
      intendedDirection: target.intendedDirection,
      baselineDueBy: null,
      localIndicatorTitle: null,
      ...demoPartners(plan.areaCode, target.theme),
      priorityId: null,
      localReason: null,
      sharedWithAreas: [],
      synthetic: true,
      version: 1,
    })),
  );
  await insertInBatches(manager, Target, targets);
}

/** The partner that leads each theme in the demo (partners' demo members, ids as partners seeds them). */
const LEAD_SECTOR: Record<Theme, string> = {
  [Theme.CHILDREN_AND_YOUNG_PEOPLE]: 'COUNCIL',
  [Theme.SAFER_AND_STRONGER_COMMUNITIES]: 'POLICE',
  [Theme.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE]: 'PRIMARY_CARE_TRUST',
  [Theme.ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT]: 'JOBCENTRE_PLUS',
};

function demoPartners(areaCode: string, theme: Theme): { leadPartnerId: string; contributingPartnerIds: string[] } {
  const member = (sector: string) => stableUuid(`member:${areaCode}:${sector}`);
  const lead = LEAD_SECTOR[theme];
  return {
    leadPartnerId: member(lead),
    contributingPartnerIds: ['COUNCIL', 'VOLUNTARY_COMMUNITY_FAITH'].filter((sector) => sector !== lead).map(member),
  };
}
