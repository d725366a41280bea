import { calendarDate } from '@laa/database';
import { ReferenceStatus } from '@laa/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    'One period of an indicator in the statutory DCSF education and early years set: in force from `from` until the day ' +
    'before `to` (null while it lasts). Check status: the 2008 list is inferred (see reason).',
})
@Entity({ name: 'statutory_membership' })
export class StatutoryMembership {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: 'The indicator (NI code).' })
  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field({ description: 'First day in force (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'from_date', transformer: calendarDate })
  from: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day no longer in force (YYYY-MM-DD); null while it lasts.',
  })
  @Column({ type: 'date', name: 'to_date', nullable: true, transformer: calendarDate })
  to: string | null;

  @Field(() => ReferenceStatus, {
    description: 'INFERRED for the recalled 2008 list; SOURCED once a steward corrects it with a source.',
  })
  @Column({ type: 'text' })
  status: ReferenceStatus;

  @Field({
    description: "Why the platform holds this membership (the reasoning from SOURCES.md, or the steward's source).",
  })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: "national_indicators.csv, or the id of the steward's correction." })
  @Column({ type: 'text' })
  origin: string;
}
