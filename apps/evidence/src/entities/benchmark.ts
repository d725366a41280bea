import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SimilarArea } from './similar-area';

@ObjectType({
  simpleResolvers: true,
  description: "An area's figure beside its region, England and its similar areas, for one period.",
})
export class Benchmark {
  @Field()
  period: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true })
  regionAverage: number | null;

  @Field(() => Float, { nullable: true })
  englandAverage: number | null;

  @Field(() => Float, { nullable: true })
  similarAreasAverage: number | null;

  @Field(() => [SimilarArea])
  similarAreas: SimilarArea[];

  @Field(() => Int, { nullable: true, description: '1 = best in England; null without a figure or a known polarity.' })
  rank: number | null;

  @Field(() => Int, { description: 'Areas with a figure of record for the period.' })
  areasRanked: number;

  @Field(() => Int, { nullable: true, description: '1 = the best quarter of areas, 4 = the worst.' })
  quartile: number | null;

  @Field({ description: 'How every figure here is computed.' })
  rule: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When this was derived from the figures (after the import or choice that changed them); null when computed at read time.',
  })
  derivedAsOf?: Date | null;
}
