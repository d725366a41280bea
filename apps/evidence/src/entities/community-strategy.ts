import { calendarDate } from '@laa/database';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    "An area's Sustainable Community Strategy: the LSP's long-term vision the story of place draws on (the partnership adopts and publishes it).",
})
@Entity({ name: 'community_strategy' })
export class CommunityStrategy {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: "The area's 2008 code." })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field({ description: 'Its title, e.g. "Sheffield City Strategy 2005-2010".' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'When the partnership adopted it (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'adopted_on', transformer: calendarDate })
  adoptedOn: string;

  @Field({ description: 'Where it is published (http or https).' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => Int, { description: 'The first year the strategy covers.' })
  @Column({ type: 'int', name: 'period_from' })
  periodFrom: number;

  @Field(() => Int, { description: 'The last year the strategy covers.' })
  @Column({ type: 'int', name: 'period_to' })
  periodTo: number;

  @Field({ description: 'Who recorded (or last changed) it.' })
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the record.' })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
