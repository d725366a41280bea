import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One value of an indicator for an area and period, with its provenance.' })
@Entity({ name: 'observation' })
export class Observation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: 'The indicator code, e.g. NI116.' })
  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field({ description: 'The area\'s 2008 SNAC code.' })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field({ description: 'The period measured, e.g. the financial year 2007/08.' })
  @Column({ type: 'text' })
  period: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value: number;

  @Field()
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'True for generated demo data: never to be read as published statistics.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
