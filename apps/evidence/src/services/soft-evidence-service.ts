import { Theme } from '@laa/domain';
import { DataSource } from 'typeorm';
import { SoftEvidence, SoftEvidenceKind } from '../entities/soft-evidence';
import { AreaRecordStore } from './area-records';

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
export class SoftEvidenceService extends AreaRecordStore<SoftEvidence, SoftEvidenceFields> {
  constructor(db: DataSource) {
    super(db, { entity: SoftEvidence, typeName: 'SoftEvidence', noun: 'item', order: { dated: 'DESC', title: 'ASC' } });
  }
}
