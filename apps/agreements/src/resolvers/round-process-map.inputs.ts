import { ArrayMaxSize, ArrayMinSize, IsDateString, IsIn, IsInt, Length, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AgreementStage } from '../entities/agreement-stage';

@InputType({ description: "A milestone of the round's process map template." })
export class TemplateMilestoneInput {
  @Field()
  @Length(3, 200)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'dueOn must be a date, YYYY-MM-DD' })
  dueOn: string;

  @Field()
  @Length(2, 200)
  owner: string;

  @Field(() => AgreementStage, { description: 'The negotiation stage it closes.' })
  @IsIn(Object.values(AgreementStage))
  stage: AgreementStage;
}

@InputType({ description: 'The whole template, replacing the one read.' })
export class SetRoundProcessMapInput {
  @Field(() => Int, {
    description: "The template's version as read (0 while it is the source's): CONFLICT if it changed since.",
  })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field(() => [TemplateMilestoneInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  milestones: TemplateMilestoneInput[];
}
