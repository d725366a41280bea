import { ReferenceStatus, RegionCode } from '@laa/domain';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AreaType } from './area-type';

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'An upper-tier local area of 2008 (county, unitary, metropolitan district, London borough): one LAA each.',
})
@Entity({ name: 'area' })
export class Area {
  @Field({ description: 'The 2008 ONS (SNAC) code, e.g. 00CG Sheffield, 36 North Yorkshire.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The current GSS code where one exists, e.g. E08000019.' })
  @Column({ type: 'text', name: 'gss_code', nullable: true, unique: true })
  gssCode: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => AreaType)
  @Column({ type: 'text' })
  type: AreaType;

  @Field({ description: 'The type as the reference data words it.' })
  @Column({ type: 'text', name: 'type_description' })
  typeDescription: string;

  @Column({ type: 'text', name: 'region_code' })
  regionCode: RegionCode;

  @Field(() => ReferenceStatus, { description: 'INFERRED where the region is derived from a 2009 successor unitary.' })
  @Column({ type: 'text', name: 'region_status' })
  regionStatus: ReferenceStatus;

  @Field({ description: 'True for the seven counties abolished on 1 April 2009.' })
  @Column({ type: 'boolean', name: 'abolished_in_2009' })
  abolishedIn2009: boolean;

  @Field({ description: 'What happened to the area in the 2009 reorganisation.' })
  @Column({ type: 'text', name: 'note_2009' })
  note2009: string;

  @Field(() => [String], { description: 'Where the reference data comes from.' })
  @Column({ type: 'text', array: true })
  sources: string[];
}
