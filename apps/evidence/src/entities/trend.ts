import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectionOfTravel } from '../services/trend';

registerEnumType(DirectionOfTravel, {
  name: 'DirectionOfTravel',
  description: 'Where an indicator is heading in an area, given its polarity (see Trend.rule).',
});

@ObjectType({ simpleResolvers: true })
export class ProjectedFigure {
  @Field()
  period: string;

  @Field(() => Float)
  value: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The direction of travel of a series and its projection over the agreement years.',
})
export class Trend {
  @Field(() => DirectionOfTravel)
  direction: DirectionOfTravel;

  @Field(() => Float, { nullable: true, description: 'Change a year of the fitted line.' })
  slopePerYear: number | null;

  @Field(() => Float, { nullable: true, description: 'slopePerYear as a share of the mean level (0.02 = 2% a year).' })
  relativeChangePerYear: number | null;

  @Field(() => Int, { description: 'How many periods the line is fitted on.' })
  pointsUsed: number;

  @Field(() => [ProjectedFigure], { description: '2008/09, 2009/10 and 2010/11 if the trend continues.' })
  projection: ProjectedFigure[];

  @Field({ description: 'How direction and projection are computed.' })
  rule: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When this was derived from the figures (after the import or choice that changed them); null when computed at read time.',
  })
  derivedAsOf?: Date | null;
}
