import { RegionCode } from '@laa/domain';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A Government Office region; each runs its own instance of the platform.' })
@Entity({ name: 'region' })
export class Region {
  @Field(() => String, { description: 'ONS region code, E12000001 (North East) to E12000009 (South West).' })
  @PrimaryColumn({ type: 'text' })
  code: RegionCode;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: "The Government Office that negotiates the region's agreements." })
  @Column({ type: 'text', name: 'government_office' })
  governmentOffice: string;
}
