import { calendarDate } from '@laa/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The corrected facts agreements' rules read: the levels check reads polarity, coverage and choices the department. */
export type HeldCorrectedField = 'POLARITY' | 'DEPARTMENT';

/**
 * Agreements' copy of a national data steward's correction of an indicator's polarity or department (evidence owns
 * the corrections and sends each indicator's whole list after one commits). Kept as history: every correction stays,
 * and on a day the last-recorded one in effect wins, as in evidence.
 */
@Entity({ name: 'indicator_correction' })
export class HeldIndicatorCorrection {
  /** Evidence's id of the correction, so sending it again holds it once. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Column({ type: 'text' })
  field: HeldCorrectedField;

  /** A Polarity or a Department, as evidence recorded it. */
  @Column({ type: 'text' })
  value: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'date', name: 'effective_from', transformer: calendarDate })
  effectiveFrom: string;

  /** When evidence recorded it: of two corrections in effect on a day, the later-recorded wins. */
  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column({ type: 'timestamptz', name: 'received_at', default: () => 'now()' })
  receivedAt: Date;
}
