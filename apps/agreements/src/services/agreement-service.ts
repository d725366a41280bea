import { RegionCode } from '@laa/domain';
import { Between, DataSource, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementRevision } from '../entities/agreement-revision';
import { Target } from '../entities/target';

/** Reads and changes agreements and their targets; batch methods back the DataLoaders. */
export class AgreementService {
  constructor(
    private readonly db: DataSource,
    readonly regionCode: RegionCode,
  ) {}

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

  revisionsOf(agreementIds: readonly string[]): Promise<AgreementRevision[]> {
    return this.db
      .getRepository(AgreementRevision)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { version: 'DESC' } });
  }

  /** The revisions that took an agreement from version `from` to version `to`. */
  revisionsBetween(agreementId: string, from: number, to: number): Promise<AgreementRevision[]> {
    return this.db.getRepository(AgreementRevision).find({
      where: { agreementId, version: Between(from + 1, to) },
      order: { version: 'ASC' },
    });
  }
}
