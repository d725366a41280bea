import { updateIfVersion } from '@laa/database';
import { conflict, notFound } from '@laa/errors';
import { DataSource, EntityTarget, FindOptionsOrder, FindOptionsWhere, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** What every record an area's people keep has: its area, who last recorded it and when, and its version. */
export interface AreaRecord {
  id: string;
  areaCode: string;
  recordedBy: string;
  recordedAt: Date;
  version: number;
  synthetic: boolean;
}

/** How one kind of area record is named and listed. */
export interface AreaRecordKind<T> {
  entity: EntityTarget<T>;
  /** The type's name, for NOT_FOUND. */
  typeName: string;
  /** What the CONFLICT message calls one ("This item changed ..."). */
  noun: string;
  order: FindOptionsOrder<T>;
}

/** An area's records of one kind (soft evidence, community strategies): recorded once, changed only against the version read. */
export class AreaRecordStore<T extends AreaRecord, Fields extends object> {
  constructor(
    protected readonly db: DataSource,
    private readonly kind: AreaRecordKind<T>,
  ) {}

  ofAreas(areaCodes: readonly string[]): Promise<T[]> {
    const where = { areaCode: In([...areaCodes]) } as FindOptionsWhere<T>;
    return this.db.getRepository(this.kind.entity).find({ where, order: this.kind.order });
  }

  byIds(ids: readonly string[]): Promise<T[]> {
    return this.db.getRepository(this.kind.entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
  }

  async record(areaCode: string, fields: Fields, recordedBy: string): Promise<T> {
    const repository = this.db.getRepository(this.kind.entity);
    const created = Object.assign(repository.create(), fields, { areaCode, recordedBy, version: 1, synthetic: false });
    const { id } = await repository.save(created);
    return repository.findOneByOrFail({ id } as FindOptionsWhere<T>);
  }

  update(id: string, expectedVersion: number, fields: Fields, recordedBy: string): Promise<T> {
    return this.db.transaction(async (manager) => {
      const changes = { ...fields, recordedBy, recordedAt: new Date() } as QueryDeepPartialEntity<T>;
      const result = await updateIfVersion(manager, this.kind.entity, id, expectedVersion, changes);
      const current = await manager.getRepository(this.kind.entity).findOneBy({ id } as FindOptionsWhere<T>);
      if (result.outcome === 'missing' || !current) throw notFound(this.kind.typeName, id);
      if (result.outcome === 'stale') {
        throw conflict(
          `This ${this.kind.noun} changed since you read it (now version ${current.version}, by ${current.recordedBy})`,
          { version: current.version, recordedBy: current.recordedBy },
        );
      }
      return current;
    });
  }
}
