import { updateIfVersion } from '@laa/database';
import { conflict, notFound } from '@laa/errors';
import { DataSource, In } from 'typeorm';
import { CommunityStrategy } from '../entities/community-strategy';

export interface CommunityStrategyFields {
  title: string;
  adoptedOn: string;
  url: string;
  periodFrom: number;
  periodTo: number;
}

/** Sustainable Community Strategies: an area may adopt a new one; each is changed only against the version read. */
export class CommunityStrategyService {
  constructor(private readonly db: DataSource) {}

  /** The areas' strategies, the latest adopted first. */
  ofAreas(areaCodes: readonly string[]): Promise<CommunityStrategy[]> {
    return this.db
      .getRepository(CommunityStrategy)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { adoptedOn: 'DESC', title: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<CommunityStrategy[]> {
    return this.db.getRepository(CommunityStrategy).findBy({ id: In([...ids]) });
  }

  async record(areaCode: string, fields: CommunityStrategyFields, recordedBy: string): Promise<CommunityStrategy> {
    const repository = this.db.getRepository(CommunityStrategy);
    const { id } = await repository.save(
      repository.create({ ...fields, areaCode, recordedBy, version: 1, synthetic: false }),
    );
    return repository.findOneByOrFail({ id });
  }

  async update(
    id: string,
    expectedVersion: number,
    fields: CommunityStrategyFields,
    recordedBy: string,
  ): Promise<CommunityStrategy> {
    return this.db.transaction(async (manager) => {
      const result = await updateIfVersion(manager, CommunityStrategy, id, expectedVersion, {
        ...fields,
        recordedBy,
        recordedAt: new Date(),
      });
      const current = await manager.getRepository(CommunityStrategy).findOneBy({ id });
      if (result.outcome === 'missing' || !current) throw notFound('CommunityStrategy', id);
      if (result.outcome === 'stale') {
        throw conflict(
          `This strategy changed since you read it (now version ${current.version}, by ${current.recordedBy})`,
          { version: current.version, recordedBy: current.recordedBy },
        );
      }
      return current;
    });
  }
}
