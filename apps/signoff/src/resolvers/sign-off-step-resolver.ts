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
import { SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { CABINET_CONSULTERS } from '../rules/sign-off-access';
import { SignOffContext } from './context';

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

@Resolver(() => SignOff)
export class SignOffStepResolver {
  @Mutation(() => SignOff, {
    description:
      'Takes the next sign-off step: LSP_SIGNED_OFF and PARTNERS_AGREED (with governingBodies) by a partnership officer of the area, ' +
      'TARGETS_SIGNED_OFF by a GO theme lead once every designated and statutory target has a valid sign-off, RD_RECOMMENDED by the ' +
      'Regional Director (as recommendAgreement), SIGNED by a Minister after Cabinet consultation and with no open consistency review. ' +
      'FORBIDDEN for any other role, RULE_VIOLATION out of order or when a condition is not met (the message names what is missing), CONFLICT if stale.',
  })
  takeSignOffStep(
    @Arg('input') input: SignOffStepInput,
    @Ctx() { caller, services, authorization }: SignOffContext,
  ): Promise<SignOff> {
    return services.signOffs.takeStep(caller, input, authorization);
  }

  @Mutation(() => SignOff, {
    description:
      'The Regional Director recommends the agreement to Ministers, producing the standard-format recommendation (SignOff.recommendation). ' +
      'RULE_VIOLATION, naming what is missing, while a negotiation point is open or a designated or statutory target lacks a valid sign-off.',
  })
  recommendAgreement(
    @Arg('input') input: RecommendAgreementInput,
    @Ctx() { caller, services, authorization }: SignOffContext,
  ): Promise<SignOff> {
    return services.signOffs.takeStep(caller, { ...input, stage: SignOffStage.RD_RECOMMENDED }, authorization);
  }

  @Authorized(CABINET_CONSULTERS)
  @Mutation(() => CabinetConsultation, {
    description:
      "Records the Secretary of State's consultation of Cabinet colleagues (a Minister; after the RD's recommendation).",
  })
  recordCabinetConsultation(
    @Arg('input') input: CabinetConsultationInput,
    @SignedInPerson() minister: SignedIn,
    @Ctx() { services }: SignOffContext,
  ): Promise<CabinetConsultation> {
    return services.signOffs.recordCabinetConsultation(minister, input);
  }
}
