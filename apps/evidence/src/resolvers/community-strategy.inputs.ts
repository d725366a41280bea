import { IsDateString, IsInt, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A Sustainable Community Strategy as adopted.' })
export class CommunityStrategyInput {
  @Field()
  @Length(3, 300)
  title: string;

  @Field({ description: 'When the partnership adopted it (YYYY-MM-DD).' })
  @IsDateString({ strict: true }, { message: 'adoptedOn must be a date, YYYY-MM-DD' })
  adoptedOn: string;

  @Field({ description: 'Where it is published (http or https).' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https address' })
  url: string;

  @Field(() => Int, { description: 'The first year it covers.' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  periodFrom: number;

  @Field(() => Int, { description: 'The last year it covers (not before periodFrom).' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  periodTo: number;
}

@InputType()
export class RecordCommunityStrategyInput extends CommunityStrategyInput {
  @Field({ description: "The area's 2008 code." })
  @MaxLength(10)
  area: string;
}

@InputType()
export class UpdateCommunityStrategyInput extends CommunityStrategyInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read: CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
