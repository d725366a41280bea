import { RegionCode } from '@laa/domain';
import { DataSource, In } from 'typeorm';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { Partnership, PartnershipMember } from '../entities/partnership';
import { Region } from '../entities/region';

/** Reads the region's areas, districts and partnerships; the batch methods back the DataLoaders. */
export class AreaService {
  constructor(
    private readonly db: DataSource,
    readonly regionCode: RegionCode,
  ) {}

  region(): Promise<Region | null> {
    return this.db.getRepository(Region).findOneBy({ code: this.regionCode });
  }

  regionsByCodes(codes: readonly string[]): Promise<Region[]> {
    return this.db.getRepository(Region).findBy({ code: In([...codes]) as never });
  }

  areas(): Promise<Area[]> {
    return this.db.getRepository(Area).find({ order: { name: 'ASC' } });
  }

  areasOfRegions(codes: readonly string[]): Promise<Area[]> {
    return this.db.getRepository(Area).find({ where: { regionCode: In([...codes]) as never }, order: { name: 'ASC' } });
  }

  /** Accepts the 2008 SNAC code or the current GSS code. */
  areaByAnyCode(code: string): Promise<Area | null> {
    const trimmed = code.trim();
    return this.db
      .getRepository(Area)
      .createQueryBuilder('area')
      .where('area.code = :code OR area.gss_code = :upper', { code: trimmed, upper: trimmed.toUpperCase() })
      .getOne();
  }

  areasByCodes(codes: readonly string[]): Promise<Area[]> {
    return this.db.getRepository(Area).findBy({ code: In([...codes]) });
  }

  districtsOfCounties(countyCodes: readonly string[]): Promise<District[]> {
    return this.db
      .getRepository(District)
      .find({ where: { countyCode: In([...countyCodes]) }, order: { name: 'ASC' } });
  }

  partnershipsOfAreas(areaCodes: readonly string[]): Promise<Partnership[]> {
    return this.db.getRepository(Partnership).findBy({ areaCode: In([...areaCodes]) });
  }

  membersByIds(ids: readonly string[]): Promise<PartnershipMember[]> {
    return this.db.getRepository(PartnershipMember).findBy({ id: In([...ids]) });
  }

  membersOfPartnerships(ids: readonly string[]): Promise<PartnershipMember[]> {
    return this.db
      .getRepository(PartnershipMember)
      .find({ where: { partnershipId: In([...ids]) }, order: { sector: 'ASC', organisation: 'ASC' } });
  }
}

export type { PartnershipMember };
