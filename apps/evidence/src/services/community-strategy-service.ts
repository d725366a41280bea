import { DataSource } from 'typeorm';
import { CommunityStrategy } from '../entities/community-strategy';
import { AreaRecordStore } from './area-records';

export interface CommunityStrategyFields {
  title: string;
  adoptedOn: string;
  url: string;
  periodFrom: number;
  periodTo: number;
}

/** Sustainable Community Strategies: an area may adopt a new one; each is changed only against the version read. */
export class CommunityStrategyService extends AreaRecordStore<CommunityStrategy, CommunityStrategyFields> {
  constructor(db: DataSource) {
    // The latest adopted first.
    super(db, {
      entity: CommunityStrategy,
      typeName: 'CommunityStrategy',
      noun: 'strategy',
      order: { adoptedOn: 'DESC', title: 'ASC' },
    });
  }
}
