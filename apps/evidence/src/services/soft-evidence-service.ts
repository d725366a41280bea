import { updateIfVersion } from '@laa/database';
import { Theme } from '@laa/domain';
import { conflict, notFound } from '@laa/errors';
import { DataSource, In } from 'typeorm';
import { SoftEvidence, SoftEvidenceKind } from '../entities/soft-evidence';

export interface SoftEvidenceFields {
  kind: SoftEvidenceKind;
  title: string;
  summary: string;
  source: string;
  dated: string;
  theme: Theme;
  indicatorCodes: string[];
  priorityIds: string[];
}

/** Qualitative evidence items: recorded once, changed only against the version read. */
export class SoftEvidenceService {
  constructor(private readonly db: DataSource) {}

  ofAreas(areaCodes: readonly string[]): Promise<SoftEvidence[]> {
    return this.db
      .getRepository(SoftEvidence)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { dated: 'DESC', title: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<SoftEvidence[]> {
    return this.db.getRepository(SoftEvidence).findBy({ id: In([...ids]) });
  }

  async record(areaCode: string, fields: SoftEvidenceFields, recordedBy: string): Promise<SoftEvidence> {
    const repository = this.db.getRepository(SoftEvidence);
    const { id } = await repository.save(
      repository.create({ ...fields, areaCode, recordedBy, version: 1, synthetic: false }),
    );
    return repository.findOneByOrFail({ id });
  }

  async update(
    id: string,
    expectedVersion: number,
    fields: SoftEvidenceFields,
    recordedBy: string,
  ): Promise<SoftEvidence> {
    return this.db.transaction(async (manager) => {
      const result = await updateIfVersion(manager, SoftEvidence, id, expectedVersion, {
        ...fields,
        recordedBy,
        recordedAt: new Date(),
      });
      const current = await manager.getRepository(SoftEvidence).findOneBy({ id });
      if (result.outcome === 'missing' || !current) throw notFound('SoftEvidence', id);
      if (result.outcome === 'stale') {
        throw conflict(
          `This item changed since you read it (now version ${current.version}, by ${current.recordedBy})`,
          { version: current.version, recordedBy: current.recordedBy },
        );
      }
      return current;
    });
  }
}
