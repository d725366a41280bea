import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgreementStage } from './agreement-stage';

@ObjectType({
  description:
    "A milestone of the round's process map template: every agreement opened after takes it as its own (then edits it).",
})
export class TemplateMilestoneView {
  @Field()
  title: string;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  dueOn: string;

  @Field({ description: 'Who leads it (a person or body).' })
  owner: string;

  @Field(() => AgreementStage, {
    description:
      'The negotiation stage it closes: an agreement is behind the template while it has not moved past this stage by the due date.',
  })
  stage: AgreementStage;
}

/** The region's edited template for one round; a round without a row uses the source's timetable. */
@Entity({ name: 'round_process_map' })
export class RoundProcessMapRow {
  @PrimaryColumn({ type: 'int', name: 'first_year' })
  firstYear: number;

  @Column({ type: 'jsonb' })
  milestones: TemplateMilestoneView[];

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', name: 'changed_by' })
  changedBy: string;

  @Column({ type: 'timestamptz', name: 'changed_at' })
  changedAt: Date;
}

@ObjectType({ description: "The round's process map template: the source's timetable until the region's GO edits it." })
export class RoundProcessMap {
  @Field(() => [TemplateMilestoneView], { description: 'By due date.' })
  milestones: TemplateMilestoneView[];

  @Field({ description: "True while it is the source's indicative timetable, not yet edited by the region." })
  fromSource: boolean;

  @Field(() => Int, {
    description: "Pass it back as expectedVersion when changing the template (0 while it is the source's).",
  })
  version: number;

  @Field(() => String, { nullable: true, description: "Who last changed it; null while it is the source's." })
  changedBy: string | null;

  @Field(() => Date, { nullable: true })
  changedAt: Date | null;
}
