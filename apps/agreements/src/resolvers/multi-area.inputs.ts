import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REGION_CODES, RegionCode } from '@laa/domain';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MultiAreaContent } from '../services/multi-area-service';

@InputType({ description: 'A priority outcome the member areas share.' })
export class MultiAreaPriorityInput {
  @Field()
  @Length(3, 200)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  description: string;
}

@InputType({ description: 'A target the member areas share, on an indicator of the national set.' })
export class MultiAreaTargetInput {
  @Field({ description: 'A live national indicator, e.g. NI151.' })
  @MaxLength(10)
  indicator: string;

  @Field()
  @Length(3, 1000)
  description: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The shared baseline; leave it out until a reliable one is agreed.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number | null;

  @Field(() => [Float], { description: 'Levels for 2008/09, 2009/10 and 2010/11.' })
  @ArrayMaxSize(3)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  levels: number[];
}

@InputType({ description: 'What a multi-area agreement says: its title, member areas, shared priorities and targets.' })
export class MultiAreaContentInput {
  @Field()
  @Length(3, 200)
  title: string;

  @Field(() => [String], {
    description: 'The 2008 codes of its member areas (two or more, any region; one at least of the lead region).',
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(40)
  @MaxLength(10, { each: true })
  areaCodes: string[];

  @Field(() => [MultiAreaPriorityInput], { defaultValue: [] })
  @ArrayMaxSize(35)
  @ValidateNested({ each: true })
  priorities: MultiAreaPriorityInput[];

  @Field(() => [MultiAreaTargetInput], { defaultValue: [] })
  @ArrayMaxSize(35)
  @ValidateNested({ each: true })
  targets: MultiAreaTargetInput[];
}

@InputType({ description: 'Changes to a multi-area agreement this region leads, against the version read.' })
export class UpdateMultiAreaAgreementInput extends MultiAreaContentInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({
  description:
    "The lead region's record, sent to another member region's gateway as it reads at the lead (id, version and people included).",
})
export class MultiAreaCopyInput extends MultiAreaContentInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String)
  @IsIn([...REGION_CODES], { message: 'leadRegionCode must be a region code, E12000001 to E12000009' })
  leadRegionCode: RegionCode;

  @Field()
  @Length(1, 300)
  createdBy: string;

  @Field()
  @Length(1, 300)
  changedBy: string;
}

/** The input's content as the service takes it. */
export function contentOf(input: MultiAreaContentInput): MultiAreaContent {
  return {
    title: input.title,
    areaCodes: input.areaCodes,
    priorities: input.priorities.map(({ title, description }) => ({ title, description })),
    targets: input.targets.map(({ indicator, description, baseline, levels }) => ({
      indicatorCode: indicator,
      description,
      baseline: baseline ?? null,
      levels,
    })),
  };
}
