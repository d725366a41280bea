import { stableUuid } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { readAreas } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { MultiAreaAgreement, MultiAreaDelivery, MultiAreaHolding } from '../entities/multi-area-agreement';

const LEAD: RegionCode = 'E12000003';
const SENT_BY = 'Demo relationship manager (synthetic)';

/**
 * A synthetic Sheffield City Region agreement: South Yorkshire's four districts with Derbyshire and Nottinghamshire
 * (East Midlands). Each region seeds its own part (the lead's record and its delivery, the member's copy) from the
 * same plan, as if the lead had sent it; the levels are invented.
 */
const PLAN = {
  id: stableUuid('demo-multi-area:sheffield-city-region'),
  title: 'Sheffield City Region Multi-Area Agreement',
  leadRegionCode: LEAD,
  areaCodes: ['00CG', '00CC', '00CE', '00CF', '17', '37'],
  priorities: [
    {
      title: "Skills for the city region's economy",
      description: 'More working-age adults qualified to level 2 and above.',
    },
    {
      title: 'Transport that connects people to jobs',
      description: 'Journeys to the main employment sites by public transport.',
    },
  ],
  targets: [
    {
      indicatorCode: 'NI163',
      description: 'Working-age adults qualified to at least level 2',
      baseline: 67.4,
      levels: [68.9, 70.3, 71.8],
    },
    { indicatorCode: 'NI151', description: 'Overall employment rate', baseline: 71.2, levels: [71.6, 72.1, 72.7] },
  ],
  createdBy: SENT_BY,
  changedBy: SENT_BY,
  version: 1,
  synthetic: true,
};

export async function seedDemoMultiArea(manager: EntityManager, region: RegionCode): Promise<void> {
  const regions = new Set(
    readAreas()
      .filter((a) => PLAN.areaCodes.includes(a.code))
      .map((a) => a.regionCode),
  );
  if (!regions.has(region)) return;
  const lead = region === LEAD;
  await manager.insert(MultiAreaAgreement, {
    ...PLAN,
    holding: lead ? MultiAreaHolding.LEAD : MultiAreaHolding.COPY,
    writtenAt: new Date(Date.UTC(2008, 2, 14)),
  });
  if (!lead) return;
  const members = [...regions].filter((code) => code !== LEAD);
  await manager.insert(
    MultiAreaDelivery,
    members.map((code) => ({
      multiAreaAgreementId: PLAN.id,
      regionCode: code,
      deliveredVersion: 1,
      deliveredAt: new Date(Date.UTC(2008, 2, 14)),
      deliveredBy: SENT_BY,
    })),
  );
}
