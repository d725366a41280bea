import { IsInt, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "The GO relaying a department's point to the area, with what it tells the area." })
export class RelayNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'What the GO tells the area with it (kept in the thread).' })
  @MinLength(3)
  @MaxLength(5000)
  note: string;
}

@InputType({ description: "The Deputy Regional Director's decision on an escalated point, and why." })
export class DecideNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'What is decided.' })
  @MinLength(3)
  @MaxLength(2000)
  decision: string;

  @Field({ description: 'Why.' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}
