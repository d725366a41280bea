import { calendarDate } from '@laa/database';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description: "One version of an indicator's reference values, kept when a re-import or a data steward corrects them.",
})
@Entity({ name: 'indicator_revision' })
export class IndicatorRevision {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  revision: number;

  @Field(() => GraphQLJSONObject, { description: 'The reference values of this revision.' })
  @Column({ type: 'jsonb', name: 'reference_values' })
  values: Record<string, unknown>;

  @Field(() => [String], { description: 'The fields that changed from the previous revision.' })
  @Column({ type: 'text', array: true, name: 'changed_fields' })
  changedFields: string[];

  @Field({ description: 'Where this revision came from (e.g. the reference file imported).' })
  @Column({ type: 'text' })
  origin: string;

  @Field(() => String, {
    nullable: true,
    description: 'The source a data steward gave for a correction; null for a re-import (its file is the origin).',
  })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The day a steward's correction holds from (YYYY-MM-DD); null for a re-import.",
  })
  @Column({ type: 'date', name: 'effective_from', nullable: true, transformer: calendarDate })
  effectiveFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it (name and id); null for a re-import at start.' })
  @Column({ type: 'text', name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
