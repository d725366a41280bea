import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  simpleResolvers: true,
  description: "One of an area's most similar areas, computed from the evidence (see Benchmark.rule).",
})
@Entity({ name: 'similar_area' })
export class SimilarArea {
  @PrimaryColumn({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field(() => Int, { description: '1 is the most similar.' })
  @PrimaryColumn({ type: 'int' })
  rank: number;

  @Field({ description: "The similar area's code." })
  @Column({ type: 'text', name: 'neighbour_code' })
  neighbourCode: string;

  @Field(() => Float, {
    description: 'Root mean square difference of standardised indicator values: smaller is more alike.',
  })
  @Column({ type: 'double precision' })
  distance: number;

  /** Not stored: within a benchmark, the similar area's figure of record for the benchmark's period. */
  @Field(() => Float, {
    nullable: true,
    description: "Its figure of record for the benchmark's period (null without one).",
  })
  value?: number | null;
}
