import { RegionCode } from '@laa/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whether this region owns the record or holds the lead region's copy of it. */
export enum MultiAreaHolding {
  LEAD = 'LEAD',
  COPY = 'COPY',
}
registerEnumType(MultiAreaHolding, {
  name: 'MultiAreaHolding',
  description: 'How this region holds a multi-area agreement.',
  valuesConfig: {
    LEAD: { description: 'This region leads it: the record is changed here and sent to the other member regions.' },
    COPY: {
      description:
        'A read copy sent by the lead region (leadRegionCode); it changes only when the lead region sends a newer version.',
    },
  },
});

@ObjectType({ description: 'A priority outcome every member area shares.' })
export class MultiAreaPriority {
  @Field()
  title: string;

  @Field()
  description: string;
}

@ObjectType({
  description:
    'A target every member area shares: one indicator of the national set, its baseline and a level for each year.',
})
export class MultiAreaTarget {
  @Field({ description: 'The national indicator (e.g. NI151).' })
  indicatorCode: string;

  @Field()
  description: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The shared baseline; null until the partners agree a reliable one.',
  })
  baseline: number | null;

  @Field(() => [Float], { description: 'Levels for 2008/09, 2009/10 and 2010/11.' })
  levels: number[];
}

@ObjectType({
  description:
    'A Multi-Area Agreement: priorities better handled across LAA boundaries, shared by several areas, possibly in two regions, led by one region.',
})
@Entity({ name: 'multi_area_agreement' })
export class MultiAreaAgreement {
  @Field(() => ID, { description: 'The same id in the lead region and in every copy.' })
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, {
    description: "The region (E12 code) that leads it: it is created and changed at that region's gateway.",
  })
  @Column({ type: 'text', name: 'lead_region_code' })
  leadRegionCode: RegionCode;

  @Field(() => [String], { description: 'The 2008 codes of its member areas.' })
  @Column({ type: 'text', array: true, name: 'area_codes' })
  areaCodes: string[];

  @Field(() => MultiAreaHolding)
  @Column({ type: 'text' })
  holding: MultiAreaHolding;

  @Column({ type: 'jsonb' })
  priorities: MultiAreaPriority[];

  @Column({ type: 'jsonb' })
  targets: MultiAreaTarget[];

  @Field({ description: 'Who created it in the lead region.' })
  @Column({ type: 'text', name: 'created_by' })
  createdBy: string;

  @Field({ description: 'Who last changed it in the lead region.' })
  @Column({ type: 'text', name: 'changed_by' })
  changedBy: string;

  @Field({ description: 'When this region last wrote it (changed it as lead, or received the copy).' })
  @Column({ type: 'timestamptz', name: 'written_at', default: () => 'now()' })
  writtenAt: Date;

  @Field(() => Int, {
    description:
      "The lead region's version: a copy holds the version it was sent; pass it back when changing the record.",
  })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}

/** The lead region's record of the copy each other member region acknowledged. */
@Entity({ name: 'multi_area_delivery' })
export class MultiAreaDelivery {
  @PrimaryColumn({ type: 'uuid', name: 'multi_area_agreement_id' })
  multiAreaAgreementId: string;

  @PrimaryColumn({ type: 'text', name: 'region_code' })
  regionCode: RegionCode;

  @Column({ type: 'int', name: 'delivered_version' })
  deliveredVersion: number;

  @Column({ type: 'timestamptz', name: 'delivered_at' })
  deliveredAt: Date;

  @Column({ type: 'text', name: 'delivered_by' })
  deliveredBy: string;
}

@ObjectType({ description: 'A member region of a multi-area agreement and, at the lead region, the copy it holds.' })
export class MultiAreaMemberRegion {
  @Field(() => String)
  regionCode: RegionCode;

  @Field()
  lead: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version its copy holds, as acknowledged to the lead region; null if none yet (or not known: read at the lead region).',
  })
  deliveredVersion: number | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field({ description: "True for the lead region, and for a member region whose copy is the lead's current version." })
  upToDate: boolean;
}

@ObjectType({
  description:
    "A member area, named from the reference data (another region's area is not in this region's partners subgraph).",
})
export class MultiAreaMember {
  @Field({ description: "The area's 2008 code." })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { description: 'Its region (E12 code).' })
  regionCode: RegionCode;
}
