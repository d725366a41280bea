import { Department, Polarity } from '@laa/domain';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    "A national data steward's correction: exactly one of title, department, polarity or statutoryDcsf, with its source and the day it holds from.",
})
export class CorrectIndicatorInput {
  @Field({ description: 'The national indicator: NI116, "NI 116" and 116 all work.' })
  @MaxLength(12)
  indicator: string;

  @Field(() => String, { nullable: true, description: 'The corrected title.' })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => Department, { nullable: true, description: 'The corrected lead department.' })
  department?: Department | null;

  @Field(() => Polarity, { nullable: true, description: 'The corrected direction of improvement.' })
  polarity?: Polarity | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'In (true) or out of (false) the statutory DCSF set from effectiveFrom on.',
  })
  statutoryDcsf?: boolean | null;

  @Field({ description: 'Where the corrected value comes from (a document, a page, a letter): required.' })
  @Length(1, 2000)
  source: string;

  @Field({
    description:
      'The day the corrected value holds from (YYYY-MM-DD). Only statutory membership may be dated ahead of today.',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  effectiveFrom: string;
}
