import { updateIfVersion } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { conflict, notFound } from '@laa/errors';
import { Caller, requireAgreementEditor } from '@laa/identity';
import { DataSource, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { Target } from '../entities/target';

/** Reads and changes agreements and their targets; batch methods back the DataLoaders. */
export class AgreementService {
  constructor(private readonly db: DataSource, readonly regionCode: RegionCode) {}

  byIds(ids: readonly string[]): Promise<Agreement[]> {
    return this.db.getRepository(Agreement).findBy({ id: In([...ids]) });
  }

  /** The current (2008-2011) agreement of each area. */
  byAreaCodes(codes: readonly string[]): Promise<Agreement[]> {
    return this.db.getRepository(Agreement).find({ where: { areaCode: In([...codes]) }, order: { firstYear: 'DESC' } });
  }

  targetsByIds(ids: readonly string[]): Promise<Target[]> {
    return this.db.getRepository(Target).findBy({ id: In([...ids]) });
  }

  targetsOf(agreementIds: readonly string[]): Promise<Target[]> {
    return this.db
      .getRepository(Target)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { kind: 'ASC', indicatorCode: 'ASC' } });
  }

  /** Sets a target's three levels if nobody changed it since the caller read `expectedVersion`. */
  async setTargetLevels(caller: Caller, targetId: string, expectedVersion: number, levels: number[]): Promise<Target> {
    return this.db.transaction(async (manager) => {
      const target = await manager.findOneBy(Target, { id: targetId });
      if (!target) throw notFound('Target', targetId);
      const agreement = await manager.findOneByOrFail(Agreement, { id: target.agreementId });
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      const result = await updateIfVersion(manager, Target, targetId, expectedVersion, { levels });
      if (result.outcome === 'missing') throw notFound('Target', targetId);
      if (result.outcome === 'stale') {
        const current = await manager.findOneByOrFail(Target, { id: targetId });
        throw conflict(
          `Target ${targetId} was changed by someone else (you had version ${expectedVersion}, it is now ${current.version}): reload and apply your change again`,
          { version: current.version, levels: current.levels },
        );
      }
      return manager.findOneByOrFail(Target, { id: targetId });
    });
  }
}

export interface AgreementsServices {
  agreements: AgreementService;
}
