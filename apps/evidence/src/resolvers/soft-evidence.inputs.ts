import { Theme } from '@laa/domain';
import { ArrayMaxSize, IsDateString, IsInt, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SoftEvidenceKind } from '../entities/soft-evidence';

@InputType({ description: 'A qualitative evidence item and what it bears on.' })
export class SoftEvidenceInput {
  @Field(() => SoftEvidenceKind)
  kind: SoftEvidenceKind;

  @Field()
  @Length(3, 200)
  title: string;

  @Field()
  @Length(1, 5000)
  summary: string;

  @Field({ description: 'Who produced it.' })
  @Length(2, 300)
  source: string;

  @Field({ description: 'When it was produced (YYYY-MM-DD).' })
  @IsDateString({ strict: true }, { message: 'dated must be a date, YYYY-MM-DD' })
  dated: string;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => [String], {
    defaultValue: [],
    description: "Indicators it bears on (national, or the area's local ones).",
  })
  @ArrayMaxSize(50)
  @MaxLength(30, { each: true })
  indicators: string[];

  @Field(() => [ID], { defaultValue: [], description: "Priority outcomes of the area's agreement it bears on." })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'priorities must be priority ids' })
  priorities: string[];
}

@InputType()
export class RecordSoftEvidenceInput extends SoftEvidenceInput {
  @Field({ description: "The area's 2008 code." })
  @MaxLength(10)
  area: string;
}

@InputType()
export class UpdateSoftEvidenceInput extends SoftEvidenceInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read: CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
