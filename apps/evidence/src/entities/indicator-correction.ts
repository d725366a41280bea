import { calendarDate } from '@laa/database';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The reference values a national data steward may correct. */
export enum CorrectedField {
  TITLE = 'TITLE',
  DEPARTMENT = 'DEPARTMENT',
  POLARITY = 'POLARITY',
  STATUTORY_DCSF = 'STATUTORY_DCSF',
}

registerEnumType(CorrectedField, {
  name: 'CorrectedField',
  description: 'A reference value of a national indicator that the data steward corrects.',
});

/** The corrected value as stored: a title, a Department, a Polarity, or whether the indicator is statutory. */
export type CorrectedValue = string | boolean;

@ObjectType({
  description:
    "A national data steward's correction of one reference value, with its source and the date it takes effect from. " +
    'Kept for good: a correction wins over the reference file from its date, and a later correction supersedes it.',
})
@Entity({ name: 'indicator_correction' })
export class IndicatorCorrection {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: 'The corrected indicator (NI code).' })
  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field(() => CorrectedField)
  @Column({ type: 'text' })
  field: CorrectedField;

  @Column({ type: 'jsonb' })
  value: CorrectedValue;

  @Field({ description: 'Where the corrected value comes from (required).' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'The day the corrected value holds from (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'effective_from', transformer: calendarDate })
  effectiveFrom: string;

  @Field({ description: 'The steward who recorded it: name and id.' })
  @Column({ type: 'text', name: 'corrected_by' })
  correctedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
