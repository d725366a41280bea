import { IntendedDirection } from '@laa/domain';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "New levels for a target's three years, against the version the caller read." })
export class SetTargetLevelsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'targetId must be a target id (a UUID)' })
  targetId: string;

  @Field(() => Int, { description: 'The target version the change is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [Float], { description: 'Exactly three levels: years 1, 2 and 3.' })
  @ArrayMinSize(3, { message: 'levels must have exactly three values, one per year' })
  @ArrayMaxSize(3, { message: 'levels must have exactly three values, one per year' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true, message: 'each level must be a finite number' })
  levels: number[];

  @Field(() => IntendedDirection, {
    nullable: true,
    description:
      "The direction the levels should move in, where the indicator's polarity is not known (leave out to keep the one stated).",
  })
  @IsOptional()
  @IsIn(Object.values(IntendedDirection))
  intendedDirection?: IntendedDirection | null;
}
