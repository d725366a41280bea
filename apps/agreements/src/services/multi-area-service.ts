import { RegionCode } from '@laa/domain';
import { badInput, conflict, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireRoundLead, SignedIn } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  MultiAreaAgreement,
  MultiAreaDelivery,
  MultiAreaHolding,
  MultiAreaPriority,
  MultiAreaTarget,
} from '../entities/multi-area-agreement';
import { checkSharedTargets, memberAreaCodes, memberRegionsOf } from '../rules/multi-area';
import { RegionAreas } from './region-areas';

/** What the lead region writes: the same whether it creates the record or changes it. */
export interface MultiAreaContent {
  title: string;
  areaCodes: string[];
  priorities: MultiAreaPriority[];
  targets: MultiAreaTarget[];
}

/** The lead region's record as it sends it to another member region. */
export interface MultiAreaCopy extends MultiAreaContent {
  id: string;
  version: number;
  leadRegionCode: RegionCode;
  createdBy: string;
  changedBy: string;
}

const named = (person: { name: string; id: string }) => `${person.name} (${person.id})`;

/**
 * Multi-area agreements as one region holds them: the ones it leads (created and changed here) and the copies
 * the lead regions sent it. Delivery is the lead's to drive (see docs/ARCHITECTURE.md): the copy a member region
 * holds is the lead's record at the version sent, and the lead records which version each member acknowledged.
 */
export class MultiAreaService {
  constructor(
    private readonly db: DataSource,
    readonly regionAreas: RegionAreas,
    private readonly liveIndicators: ReadonlySet<string>,
  ) {}

  /** Created at the lead region's gateway by its round leads; one of its areas at least must be the region's own. */
  async create(lead: SignedIn, content: MultiAreaContent): Promise<MultiAreaAgreement> {
    const checked = this.checked(content);
    this.requireOwnArea(checked.areaCodes);
    const repository = this.db.getRepository(MultiAreaAgreement);
    const { id } = await repository.save(
      repository.create({
        ...checked,
        leadRegionCode: this.regionAreas.regionCode,
        holding: MultiAreaHolding.LEAD,
        createdBy: named(lead),
        changedBy: named(lead),
        version: 1,
        synthetic: false,
      }),
    );
    return repository.findOneByOrFail({ id });
  }

  /** Changes the lead's record against the version read; a copy is refused (it changes at the lead region). */
  update(lead: SignedIn, id: string, expectedVersion: number, content: MultiAreaContent): Promise<MultiAreaAgreement> {
    const checked = this.checked(content);
    this.requireOwnArea(checked.areaCodes);
    return this.db.transaction(async (manager) => {
      const held = await this.locked(manager, id);
      if (held.holding === MultiAreaHolding.COPY) {
        throw ruleViolation(
          'MULTI_AREA_COPY',
          `This region holds a copy of "${held.title}": region ${held.leadRegionCode} leads it, so change it at that region's gateway`,
          { leadRegionCode: held.leadRegionCode },
        );
      }
      if (held.version !== expectedVersion) {
        throw conflict(
          `"${held.title}" was changed by ${held.changedBy} (you had version ${expectedVersion}, it is now ${held.version})`,
          { version: held.version },
        );
      }
      await manager.update(
        MultiAreaAgreement,
        { id },
        { ...checked, changedBy: named(lead), writtenAt: new Date(), version: held.version + 1 },
      );
      return manager.findOneByOrFail(MultiAreaAgreement, { id });
    });
  }

  /**
   * Takes the lead region's copy: only its round leads send it, only to a region with a member area (or that holds an
   * earlier copy, when the lead dropped its areas); an older or equal version changes nothing, so sending twice is safe.
   */
  receive(caller: Caller, copy: MultiAreaCopy): Promise<MultiAreaAgreement> {
    requireRoundLead(caller, copy.leadRegionCode);
    if (copy.leadRegionCode === this.regionAreas.regionCode)
      throw badInput(`Region ${copy.leadRegionCode} leads this agreement: it holds the record, not a copy`);
    const checked = this.checked(copy);
    return this.db.transaction(async (manager) => {
      const held = await manager.findOne(MultiAreaAgreement, {
        where: { id: copy.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (held?.holding === MultiAreaHolding.LEAD)
        throw conflict(`This region leads multi-area agreement ${copy.id}: it cannot take a copy of it`, {
          version: held.version,
        });
      if (!held && !this.hasOwnArea(checked.areaCodes)) {
        throw badInput(
          `None of ${checked.areaCodes.join(', ')} is an area of region ${this.regionAreas.regionCode}: send the copy to the member regions only`,
          { areaCodes: checked.areaCodes },
        );
      }
      if (held && held.version >= copy.version) return held;
      const row = {
        ...checked,
        id: copy.id,
        leadRegionCode: copy.leadRegionCode,
        holding: MultiAreaHolding.COPY,
        createdBy: copy.createdBy,
        changedBy: copy.changedBy,
        version: copy.version,
        writtenAt: new Date(),
        synthetic: false,
      };
      await manager.save(MultiAreaAgreement, row);
      return manager.findOneByOrFail(MultiAreaAgreement, { id: copy.id });
    });
  }

  /** The lead records that a member region holds its copy at a version (never going back to an older one). */
  recordDelivery(lead: SignedIn, id: string, regionCode: RegionCode, version: number): Promise<MultiAreaAgreement> {
    return this.db.transaction(async (manager) => {
      const held = await this.locked(manager, id);
      if (held.holding !== MultiAreaHolding.LEAD)
        throw ruleViolation(
          'MULTI_AREA_COPY',
          `Region ${held.leadRegionCode} leads "${held.title}": it records the deliveries`,
        );
      const members = this.memberRegions(held).filter((region) => region !== held.leadRegionCode);
      if (!members.includes(regionCode))
        throw badInput(
          `Region ${regionCode} is not another member region of "${held.title}" (${members.join(', ') || 'none'})`,
          { memberRegions: members },
        );
      if (version < 1 || version > held.version)
        throw badInput(`Version ${version} was never sent: "${held.title}" is at version ${held.version}`, {
          version: held.version,
        });
      await manager.query(
        `INSERT INTO agreements.multi_area_delivery (multi_area_agreement_id, region_code, delivered_version, delivered_at, delivered_by)
         VALUES ($1, $2, $3, now(), $4)
         ON CONFLICT (multi_area_agreement_id, region_code) DO UPDATE
           SET delivered_version = GREATEST(multi_area_delivery.delivered_version, EXCLUDED.delivered_version),
               delivered_at = now(), delivered_by = EXCLUDED.delivered_by`,
        [id, regionCode, version, named(lead)],
      );
      return held;
    });
  }

  /** Every agreement this region leads or has an area in, by title. */
  async ofRegion(): Promise<MultiAreaAgreement[]> {
    const rows = await this.db.getRepository(MultiAreaAgreement).find({ order: { title: 'ASC' } });
    return rows.filter((row) => row.holding === MultiAreaHolding.LEAD || this.hasOwnArea(row.areaCodes));
  }

  byIds(ids: readonly string[]): Promise<MultiAreaAgreement[]> {
    return this.db.getRepository(MultiAreaAgreement).findBy({ id: In([...ids]) });
  }

  /** The agreements any of the areas is a member of (one statement: the array overlap uses the GIN index). */
  ofAreas(codes: readonly string[]): Promise<MultiAreaAgreement[]> {
    return this.db
      .getRepository(MultiAreaAgreement)
      .createQueryBuilder('maa')
      .where('maa.area_codes && :codes', { codes: [...codes] })
      .orderBy('maa.title')
      .getMany();
  }

  deliveriesOf(ids: readonly string[]): Promise<MultiAreaDelivery[]> {
    return this.db.getRepository(MultiAreaDelivery).findBy({ multiAreaAgreementId: In([...ids]) });
  }

  /** The regions of its areas, the lead first. */
  memberRegions(maa: Pick<MultiAreaAgreement, 'areaCodes' | 'leadRegionCode'>): RegionCode[] {
    return memberRegionsOf(
      this.regionAreas.known(maa.areaCodes).map((area) => area.regionCode),
      maa.leadRegionCode,
    );
  }

  private checked(content: MultiAreaContent): MultiAreaContent {
    const areaCodes = memberAreaCodes(content.areaCodes);
    this.regionAreas.requireKnown(areaCodes);
    const targets = checkSharedTargets(content.targets, (code) => this.liveIndicators.has(code));
    return {
      title: content.title.trim(),
      areaCodes,
      priorities: content.priorities.map(({ title, description }) => ({ title, description })),
      targets,
    };
  }

  private hasOwnArea(codes: readonly string[]): boolean {
    return this.regionAreas.known(codes).some((area) => area.regionCode === this.regionAreas.regionCode);
  }

  private requireOwnArea(codes: readonly string[]): void {
    if (!this.hasOwnArea(codes)) {
      throw badInput(
        `A multi-area agreement is led by a region with one of its areas: none of ${codes.join(', ')} is in region ${this.regionAreas.regionCode}`,
        { areaCodes: codes },
      );
    }
  }

  private async locked(manager: EntityManager, id: string): Promise<MultiAreaAgreement> {
    const held = await manager.findOne(MultiAreaAgreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!held) throw notFound('MultiAreaAgreement', id);
    return held;
  }
}
