import { Field, Float, ObjectType } from 'type-graphql';
import { FigureChoice } from './figure-choice';
import { Observation } from './observation';

@ObjectType({
  simpleResolvers: true,
  description:
    'The value of an indicator for an area and period that everyone negotiates from. Where two sources disagree it is ' +
    'rival data: value is null until someone chooses the figure of record.',
})
export class FigureOfRecord {
  @Field()
  indicatorCode: string;

  @Field()
  areaCode: string;

  @Field()
  period: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Observation, { nullable: true, description: 'The release of record.' })
  observation: Observation | null;

  @Field(() => [Observation], { description: 'The current release of every source.' })
  candidates: Observation[];

  @Field({ description: 'Two sources disagree on this figure.' })
  rival: boolean;

  @Field({ description: 'Rival data still waiting for a figure of record.' })
  unresolved: boolean;

  @Field({ description: 'The release of record is provisional.' })
  provisional: boolean;

  @Field({ description: 'Generated demo data, not published statistics.' })
  synthetic: boolean;

  @Field(() => FigureChoice, { nullable: true, description: 'The current choice among rival sources.' })
  choice: FigureChoice | null;
}
