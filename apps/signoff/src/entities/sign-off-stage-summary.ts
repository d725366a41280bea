import { Field, Int, ObjectType } from 'type-graphql';
import { Agreement } from './agreement';
import { SignOffStage } from './sign-off-stage';

@ObjectType({ description: "Where one area's agreement stands in sign-off: a row of the region's sign-off board." })
export class SignOffStageSummary {
  @Field({ description: 'The area (2008 SNAC code).' })
  areaCode: string;

  @Field()
  areaName: string;

  @Field(() => Agreement, { nullable: true, description: 'The agreement (null if the area has none yet).' })
  agreement: Agreement | null;

  @Field(() => String, { nullable: true, description: "The agreement's negotiation stage (AgreementStage)." })
  negotiationStage: string | null;

  @Field(() => SignOffStage)
  stage: SignOffStage;

  @Field(() => Int, { description: 'The sign-off version (0 before the first step).' })
  version: number;

  @Field({ description: 'True while a cross-GO consistency review is open.' })
  underReview: boolean;

  @Field(() => Date, { nullable: true, description: 'When the last sign-off step was taken.' })
  lastStepAt: Date | null;

  @Field({
    description:
      "True when the sign-off's steps are (or include) generated demo data: its stage and dates are synthetic, not a real sign-off.",
  })
  synthetic: boolean;
}
