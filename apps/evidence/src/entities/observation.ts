import { Field, Float, ID, ObjectType } from 'type-graphql';
import { calendarDate } from '@laa/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    "One release of an indicator's value for an area and period, with its provenance. " +
    'A newer release of the same figure from the same source supersedes it; the old one stays as history.',
})
@Entity({ name: 'observation' })
export class Observation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Field({ description: 'The indicator code, e.g. NI116.' })
  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field({ description: "The area's 2008 SNAC code." })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field({ description: 'The period measured: a financial or academic year (2007/08) or a calendar year (2007).' })
  @Column({ type: 'text' })
  period: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value: number;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  numerator: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the confidence interval, where published.' })
  @Column({ type: 'double precision', name: 'ci_lower', nullable: true })
  confidenceLower: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', name: 'ci_upper', nullable: true })
  confidenceUpper: number | null;

  @Field({ description: 'Who published the figure, e.g. "ONS" or "Place Survey 2008".' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'The publication date of this release (ISO date).' })
  @Column({ type: 'date', name: 'published_on', transformer: calendarDate })
  publishedOn: string;

  @Field({ description: 'The publisher marked this release provisional: expect a revision.' })
  @Column({ type: 'boolean' })
  provisional: boolean;

  @Field({ description: 'True for generated demo data: never to be read as published statistics.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Field(() => String, { nullable: true, description: 'The import run that loaded it.' })
  @Column({ type: 'uuid', name: 'import_id', nullable: true })
  importId: string | null;

  /** Who loaded it: a person's name, so shown to signed-in callers only (ObservationResolver.loadedBy). */
  @Column({ type: 'text', name: 'loaded_by' })
  loadedBy: string;

  @Field(() => Date, { nullable: true, description: 'When a newer release replaced it; null while it is current.' })
  @Column({ type: 'timestamptz', name: 'superseded_at', nullable: true })
  supersededAt: Date | null;
}
