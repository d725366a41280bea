import { calendarDate } from '@laa/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who last set an indicator's statutory memberships: the reference data at seed, or a data steward's correction (kept over re-seeds). */
export type StatutorySetBy = 'REFERENCE_DATA' | 'DATA_STEWARD';

@Entity({ name: 'statutory_indicator' })
export class StatutoryIndicator {
  @PrimaryColumn({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Column({ type: 'text', name: 'set_by' })
  setBy: StatutorySetBy;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}

/** Agreements' copy of one statutory membership (evidence owns the set and publishes it as StatutoryMembership). */
@Entity({ name: 'statutory_membership' })
export class HeldStatutoryMembership {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Column({ type: 'date', name: 'from_date', transformer: calendarDate })
  from: string;

  @Column({ type: 'date', name: 'to_date', nullable: true, transformer: calendarDate })
  to: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  origin: string;
}
