import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A claim of the story and the evidence behind it.' })
export class StoryClaimInput {
  @Field()
  @Length(3, 2000)
  statement: string;

  @Field(() => [String], { defaultValue: [], description: 'Indicators whose figures back the claim.' })
  @ArrayMaxSize(20)
  @MaxLength(30, { each: true })
  indicators: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Soft intelligence items of the area that back the claim.' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'softEvidence must be soft intelligence ids' })
  softEvidence: string[];
}

@InputType({ description: "The next version of an area's story of place." })
export class WriteStoryOfPlaceInput {
  @Field()
  @MaxLength(10)
  area: string;

  @Field(() => Int, { description: 'The version you read (0 for the first): CONFLICT if someone wrote one since.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'What kind of place this is.' })
  @Length(10, 10000)
  placeToday: string;

  @Field({ description: 'What kind of place it wants to be.' })
  @Length(10, 10000)
  ambition: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The area's Sustainable Community Strategy this version draws on (recordCommunityStrategy); leave it out for none.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'communityStrategy must be a strategy id' })
  communityStrategy?: string | null;

  @Field(() => [StoryClaimInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  claims: StoryClaimInput[];
}

@InputType({ description: "The LSP's sign-off of the latest version of the story." })
export class SignOffStoryOfPlaceInput {
  @Field()
  @MaxLength(10)
  area: string;

  @Field(() => Int, { description: 'The version signed off: it must be the latest.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: "The LSP's decision, e.g. the meeting that agreed it." })
  @Length(3, 2000)
  note: string;
}
