import {
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SignOffStage } from '../entities/sign-off-stage';

@InputType({ description: "A partner's governing body that agreed the draft." })
export class GoverningBodyInput {
  @Field({ description: 'The partner organisation, e.g. "Sheffield City Council", "Sheffield PCT".' })
  @Length(2, 200)
  organisation: string;

  @Field({ description: 'Its governing body, e.g. "Cabinet", "PCT Board", "Police Authority".' })
  @Length(2, 200)
  body: string;

  @Field({ description: 'When it agreed (YYYY-MM-DD).' })
  @IsISO8601({ strict: true }, { message: 'agreedOn must be a date, YYYY-MM-DD' })
  agreedOn: string;
}

@InputType({
  description: "The next step of an agreement's sign-off, taken by the person whose role it is, with a reason.",
})
export class SignOffStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => SignOffStage, { description: 'The stage this step reaches: always the next one in order.' })
  stage: SignOffStage;

  @Field(() => Int, { description: 'The sign-off version you read (0 before the first step).' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'Why: kept in the sign-off history.' })
  @Length(3, 2000, { message: 'reason must be 3 to 2000 characters' })
  reason: string;

  @Field(() => [GoverningBodyInput], {
    nullable: true,
    description: "PARTNERS_AGREED: each partner's governing body that agreed (at least one).",
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  governingBodies?: GoverningBodyInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'RD_RECOMMENDED: the likely impact, written into the recommendation.',
  })
  @IsOptional()
  @Length(3, 4000)
  likelyImpact?: string | null;
}

@InputType({ description: "The Regional Director's recommendation of an agreement to Ministers." })
export class RecommendAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => Int, { description: 'The sign-off version you read.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'The recommendation itself: why Ministers should sign.' })
  @Length(3, 4000, { message: 'reason must be 3 to 4000 characters' })
  reason: string;

  @Field({ description: 'The likely impact of the agreement on the area.' })
  @Length(3, 4000, { message: 'likelyImpact must be 3 to 4000 characters' })
  likelyImpact: string;
}

@InputType({ description: "The Secretary of State's consultation of Cabinet colleagues on an agreement." })
export class CabinetConsultationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => [String], { description: 'The colleagues (or their departments) consulted.' })
  @ArrayMinSize(1, { message: 'name at least one Cabinet colleague' })
  colleagues: string[];

  @Field({ description: 'What they said.' })
  @Length(3, 4000)
  outcome: string;
}
