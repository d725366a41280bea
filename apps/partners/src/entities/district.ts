import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: "A shire district of a two-tier county; its community strategy feeds the county's." })
@Entity({ name: 'district' })
export class District {
  @Field({ description: '2008 ONS (SNAC) district code, e.g. 36UB.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', name: 'county_code' })
  countyCode: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'gss_code', nullable: true })
  gssCode: string | null;

  @Field({ description: 'What happened to the district in the 2009 reorganisation.' })
  @Column({ type: 'text', name: 'status_2009' })
  status2009: string;
}
