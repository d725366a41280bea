import { IntendedDirection, Theme } from '@laa/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TargetKind } from '../entities/target-kind';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AREA_CODE = /^[0-9A-Z]{2,4}$/;

@InputType({ description: "A target's baseline: the value, the period it is for and where it comes from." })
export class BaselineInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field({ description: 'e.g. 2007/08' })
  @MinLength(1)
  @MaxLength(40)
  period: string;

  @Field({ description: 'Where the figure comes from.' })
  @MinLength(1)
  @MaxLength(300)
  source: string;

  @Field({ defaultValue: false, description: 'True while the figure is provisional (the target stays a placeholder).' })
  provisional: boolean;
}

@InputType({ description: 'Fields of a target a draft sets; leave a field out to keep it, send null to clear it.' })
export class TargetFieldsInput {
  @Field(() => Theme, { nullable: true, description: "Defaults to the indicator's theme." })
  @IsOptional()
  theme?: Theme | null;

  @Field(() => BaselineInput, {
    nullable: true,
    description: 'Null or missing: a placeholder, which needs baselineDueBy.',
  })
  @IsOptional()
  @ValidateNested()
  baseline?: BaselineInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: by when a missing or provisional baseline must be set.',
  })
  @IsOptional()
  @Matches(DATE, { message: 'baselineDueBy must be a date YYYY-MM-DD' })
  baselineDueBy?: string | null;

  @Field(() => [Float], {
    nullable: 'itemsAndList',
    description: 'Levels for years 1, 2 and 3 (exactly three; null for a year not yet set).',
  })
  @IsOptional()
  @ArrayMinSize(3, { message: 'levels must have exactly three values, one per year' })
  @ArrayMaxSize(3, { message: 'levels must have exactly three values, one per year' })
  levels?: (number | null)[] | null;

  @Field(() => IntendedDirection, {
    nullable: true,
    description:
      "The direction the levels should move in (UP: higher is better). Needed before levels are set where the indicator's polarity is not known; refused if it contradicts a known polarity.",
  })
  @IsOptional()
  @IsIn(Object.values(IntendedDirection))
  intendedDirection?: IntendedDirection | null;

  @Field(() => ID, { nullable: true, description: 'The partnership member leading delivery.' })
  @IsOptional()
  @IsUUID('all')
  leadPartnerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Partnership members contributing.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  contributingPartnerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The priority outcome the target serves.' })
  @IsOptional()
  @IsUUID('all')
  priorityId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other areas (2008 codes) sharing the target (multi-area).' })
  @IsOptional()
  @Matches(AREA_CODE, { each: true, message: 'sharedWithAreas must be 2008 area codes such as 00CG' })
  sharedWithAreas?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the partnership wants this target although the area may already perform strongly; without one such a designated target is flagged (Target.stretch).',
  })
  @IsOptional()
  @MaxLength(2000)
  localReason?: string | null;
}

@InputType({ description: 'A new target of an agreement.' })
export class AddTargetInput extends TargetFieldsInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'If given, the change is refused with CONFLICT when the agreement has moved on since.',
  })
  @IsOptional()
  @IsInt()
  expectedAgreementVersion?: number | null;

  @Field(() => TargetKind)
  @IsIn(Object.values(TargetKind))
  kind: TargetKind;

  @Field({
    description: 'A national indicator (NI116, "NI 116" or 116) or, for a local target, a local indicator code.',
  })
  @MinLength(1)
  @MaxLength(40)
  indicatorCode: string;

  @Field(() => String, { nullable: true, description: 'What a local indicator measures (local indicators only).' })
  @IsOptional()
  @MaxLength(300)
  localIndicatorTitle?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "With no baseline given: take the area's figure of record for the indicator from the evidence base (provisional stays provisional). " +
      'Where the evidence has none the target is a placeholder and needs baselineDueBy.',
  })
  @IsOptional()
  baselineFromEvidence?: boolean | null;
}

@InputType({ description: 'Changes to a target, against the version the caller read.' })
export class UpdateTargetInput extends TargetFieldsInput {
  @Field(() => ID)
  @IsUUID('all')
  targetId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'Removing a target, against the version the caller read.' })
export class RemoveTargetInput {
  @Field(() => ID)
  @IsUUID('all')
  targetId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why it is removed (kept in the history).' })
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}
