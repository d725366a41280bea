import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: "The LSP's sign-off of one version of the story of place." })
export class StorySignOff {
  @Field({ description: 'Who signed it off for the Local Strategic Partnership.' })
  signedOffBy: string;

  @Field()
  signedOffAt: Date;

  @Field()
  note: string;
}

@ObjectType({
  description:
    "One version of an area's story of place: what kind of place it is, what it wants to be, and the evidence behind each claim.",
})
@Entity({ name: 'story_of_place' })
export class StoryOfPlace {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field()
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field(() => Int, {
    description: 'Versions count up from 1; pass the one you read as expectedVersion when writing the next.',
  })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'What kind of place this is.' })
  @Column({ type: 'text', name: 'place_today' })
  placeToday: string;

  @Field({ description: 'What kind of place it wants to be (from the Sustainable Community Strategy).' })
  @Column({ type: 'text' })
  ambition: string;

  @Field({ description: 'Who wrote this version.' })
  @Column({ type: 'text', name: 'written_by' })
  writtenBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'written_at', default: () => 'now()' })
  writtenAt: Date;

  /** The Sustainable Community Strategy this version draws on (Field resolved from it); null if none is linked. */
  @Column({ type: 'uuid', name: 'community_strategy_id', nullable: true })
  communityStrategyId: string | null;

  @Column({ type: 'text', name: 'signed_off_by', nullable: true })
  signedOffBy: string | null;

  @Column({ type: 'timestamptz', name: 'signed_off_at', nullable: true })
  signedOffAt: Date | null;

  @Column({ type: 'text', name: 'sign_off_note', nullable: true })
  signOffNote: string | null;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}

@ObjectType({ description: 'A claim of the story, with the indicators and soft intelligence that back it.' })
@Entity({ name: 'story_claim' })
export class StoryClaim {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'story_id' })
  storyId: string;

  /** Not stored: set from the claim's story when read, so its evidence is looked up in the right area. */
  areaCode: string;

  @Field(() => Int, { description: 'Its place in the story, from 1.' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  statement: string;

  @Field(() => [String], { description: 'Codes of the indicators whose figures back the claim.' })
  @Column({ type: 'text', array: true, name: 'indicator_codes' })
  indicatorCodes: string[];

  @Field(() => [ID], { description: 'Ids of the soft intelligence items that back the claim.' })
  @Column({ type: 'uuid', array: true, name: 'soft_evidence_ids' })
  softEvidenceIds: string[];
}
