import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The figure of record chosen among rival sources, and why.' })
export class FigureOfRecordInput {
  @Field()
  @MaxLength(20)
  indicator: string;

  @Field()
  @MaxLength(10)
  area: string;

  @Field()
  @MaxLength(9)
  period: string;

  @Field({ description: "The source whose figure is of record: one of the rival figure's candidates." })
  @MaxLength(200)
  source: string;

  @Field({ description: 'Why this source (kept with the choice).' })
  @Length(10, 2000)
  reason: string;

  @Field(() => Date, {
    nullable: true,
    description: 'To change an earlier choice: its chosenAt (else a CONFLICT error).',
  })
  @IsOptional()
  replacesChoiceAt?: Date;
}
