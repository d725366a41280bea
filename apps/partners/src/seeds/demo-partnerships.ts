import { stableUuid } from '@laa/demo-data';
import { insertInBatches } from '@laa/database';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { PartnerSector, Partnership, PartnershipMember } from '../entities/partnership';

/** Generic LSP members for the demo; real partnership records replace them (marked synthetic). */
const DEMO_MEMBERS: [PartnerSector, (area: string) => string][] = [
  [PartnerSector.COUNCIL, (area) => `${area} Council`],
  [PartnerSector.PRIMARY_CARE_TRUST, (area) => `${area} Primary Care Trust`],
  [PartnerSector.POLICE, (area) => `Police (force covering ${area})`],
  [PartnerSector.FIRE_AND_RESCUE, (area) => `Fire and Rescue Service (covering ${area})`],
  [PartnerSector.VOLUNTARY_COMMUNITY_FAITH, (area) => `${area} Voluntary, Community and Faith Sector Network`],
  [PartnerSector.BUSINESS, (area) => `${area} Business Forum`],
  [PartnerSector.JOBCENTRE_PLUS, (area) => `Jobcentre Plus (${area} district)`],
];

export async function seedDemoPartnerships(manager: EntityManager): Promise<void> {
  const areas = await manager.find(Area);
  const districts = await manager.find(District);
  const partnerships = areas.map((area) => ({
    id: stableUuid(`partnership:${area.code}`),
    areaCode: area.code,
    name: `${area.name} Local Strategic Partnership`,
    synthetic: true,
  }));
  const members = areas.flatMap((area) => [
    ...DEMO_MEMBERS.map(([sector, name]) => ({
      id: stableUuid(`member:${area.code}:${sector}`),
      partnershipId: stableUuid(`partnership:${area.code}`),
      organisation: name(area.name),
      sector,
      synthetic: true,
    })),
    ...districts
      .filter((district) => district.countyCode === area.code)
      .map((district) => ({
        id: stableUuid(`member:${area.code}:${district.code}`),
        partnershipId: stableUuid(`partnership:${area.code}`),
        organisation: `${district.name} District Council`,
        sector: PartnerSector.DISTRICT_COUNCIL,
        synthetic: false,
      })),
  ]);
  await insertInBatches(manager, Partnership, partnerships);
  await insertInBatches(manager, PartnershipMember, members);
}
