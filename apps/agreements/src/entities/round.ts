import { Field, Int, ObjectType } from 'type-graphql';
import { Agreement } from './agreement';
import { AgreementStage } from './agreement-stage';
import { Milestone } from './milestone';
import { Area } from './references';
import { RoundProcessMap, TemplateMilestoneView } from './round-process-map';

@ObjectType({
  description: 'One area of the region in the round: its agreement, if opened, and how its process map stands.',
})
export class RoundArea {
  @Field(() => Area)
  area: Area;

  @Field(() => Agreement, {
    nullable: true,
    description: "Null until the GO opens the area's agreement (openAgreement, openRound).",
  })
  agreement: Agreement | null;

  @Field(() => AgreementStage, {
    nullable: true,
    description: "The agreement's negotiation stage; null if not opened.",
  })
  stage: AgreementStage | null;

  @Field(() => Int, {
    description:
      'The worst slippage of its milestones in days (done late, or open past the due date); 0 if none or on time.',
  })
  slippageDays: number;

  @Field(() => Int, { description: 'How many of its milestones are late.' })
  lateMilestones: number;

  @Field(() => Milestone, { nullable: true, description: 'The first milestone not done, by due date.' })
  nextMilestone: Milestone | null;

  @Field(() => Int, {
    description:
      "Days behind the round's process map template: since the oldest template milestone whose stage the area has not moved past (an area not opened has met none); 0 if none is missed.",
  })
  behindTemplateDays: number;

  @Field(() => TemplateMilestoneView, { nullable: true, description: 'The oldest template milestone the area missed.' })
  missedTemplateMilestone: TemplateMilestoneView | null;
}

@ObjectType({ description: "The round of the region: every area's agreement stage and process-map slippage." })
export class Round {
  @Field({ description: 'The region (E12 code) this deployment serves.' })
  regionCode: string;

  @Field({ description: 'The agreements negotiated, e.g. 2008-2011.' })
  period: string;

  @Field(() => RoundProcessMap, {
    description: "The round's process map template: agreements opened from now take it.",
  })
  processMap: RoundProcessMap;

  @Field(() => [RoundArea], { description: 'Every area of the region, by name.' })
  areas: RoundArea[];

  @Field(() => Int, { description: 'Areas whose agreement is opened.' })
  opened: number;

  @Field(() => Int, { description: 'Areas still without an agreement.' })
  notOpened: number;
}

@ObjectType({ description: 'What opening the round did: the agreements it opened and the areas that had one already.' })
export class RoundOpening {
  @Field(() => [Agreement], {
    description: "Agreements opened now, each at PROCESS_MAP with the source's process map.",
  })
  opened: Agreement[];

  @Field(() => [Area], { description: 'Areas that already had their agreement (left as they were).' })
  alreadyOpen: Area[];
}
