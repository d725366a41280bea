import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PartnerSector {
  COUNCIL = 'COUNCIL',
  DISTRICT_COUNCIL = 'DISTRICT_COUNCIL',
  PRIMARY_CARE_TRUST = 'PRIMARY_CARE_TRUST',
  POLICE = 'POLICE',
  FIRE_AND_RESCUE = 'FIRE_AND_RESCUE',
  VOLUNTARY_COMMUNITY_FAITH = 'VOLUNTARY_COMMUNITY_FAITH',
  BUSINESS = 'BUSINESS',
  JOBCENTRE_PLUS = 'JOBCENTRE_PLUS',
  REGIONAL_BODY = 'REGIONAL_BODY',
}
registerEnumType(PartnerSector, { name: 'PartnerSector', description: 'The sector a partner of the LSP comes from.' });

@ObjectType({
  description: 'The Local Strategic Partnership of an area: it owns the story of place and signs off the draft.',
})
@Entity({ name: 'partnership' })
export class Partnership {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'area_code', unique: true })
  areaCode: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'True for generated demo data, not a real partnership record.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member organisation of a Local Strategic Partnership.' })
@Entity({ name: 'partnership_member' })
export class PartnershipMember {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'partnership_id' })
  partnershipId: string;

  @Field()
  @Column({ type: 'text' })
  organisation: string;

  @Field(() => PartnerSector)
  @Column({ type: 'text' })
  sector: PartnerSector;

  @Field({ description: 'True for generated demo data; district councils come from the reference data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
