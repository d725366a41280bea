import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: 'How far a process-map milestone has got.' });

@ObjectType({
  description:
    'A milestone of the agreed local process map (e.g. priorities by November, indicators in January, targets by spring).',
})
@Entity({ name: 'milestone' })
export class Milestone {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'due_on', transformer: calendarDate })
  dueOn: string;

  @Field({ description: 'Who leads it (a person or body, e.g. "LSP Executive").' })
  @Column({ type: 'text' })
  owner: string;

  @Field(() => MilestoneStatus)
  @Column({ type: 'text' })
  status: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'When it was done (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'completed_on', nullable: true, transformer: calendarDate })
  completedOn: string | null;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the milestone.' })
  @Column({ type: 'int' })
  version: number;
}
