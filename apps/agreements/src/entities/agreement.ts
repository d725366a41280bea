import { RegionCode } from '@laa/domain';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AgreementStage } from './agreement-stage';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A three-year Local Area Agreement between an area's partnership and central government." })
@Entity({ name: 'agreement' })
export class Agreement {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({
    description:
      "The 2008 code of the agreement's area: the same as area.code, as a plain value other subgraphs can require.",
  })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Column({ type: 'text', name: 'region_code' })
  regionCode: RegionCode;

  @Field(() => Int, { description: 'The first year of the three (2008 for the 2008-2011 agreements).' })
  @Column({ type: 'int', name: 'first_year' })
  firstYear: number;

  @Field(() => AgreementStage)
  @Column({ type: 'text' })
  stage: AgreementStage;

  @Field({ description: 'True for generated demo data, not a real agreement.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the agreement.' })
  @Column({ type: 'int' })
  version: number;
}
