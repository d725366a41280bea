import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Arg, Ctx, Directive, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Caller } from '@laa/identity';
import { requirePeer } from '@laa/subgraph';
import { PermittedChange } from '../entities/target-permit';
import { AgreementsContext } from './context';

const PERMITTED: PermittedChange[] = ['CHANGE_LEVELS', 'CHANGE_BASELINE', 'ADD_DESIGNATED', 'REMOVE_DESIGNATED'];

@Directive('@inaccessible')
@InputType({ description: 'A target at the version being signed.' })
export class FencedTargetInput {
  @Field(() => ID)
  @IsUUID()
  targetId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@Directive('@inaccessible')
@InputType({
  description:
    "Every target of an agreement at the version Ministers are signing, under sign-off's key for the attempt.",
})
export class FenceAgreementInput {
  @Field(() => ID)
  @IsUUID()
  agreementId: string;

  @Field(() => ID)
  @IsUUID()
  attemptId: string;

  @Field(() => [FencedTargetInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  targets: FencedTargetInput[];
}

@Directive('@inaccessible')
@InputType({ description: 'The baseline a CHANGE_BASELINE approval sets.' })
export class PermitBaselineInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field()
  @MinLength(1)
  period: string;

  @Field()
  @MinLength(1)
  source: string;

  @Field()
  provisional: boolean;
}

@Directive('@inaccessible')
@InputType({ description: "An approved change of a signed agreement, keyed by sign-off's change request." })
export class TargetPermitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID)
  @IsUUID()
  agreementId: string;

  @Field(() => String)
  @IsIn(PERMITTED)
  change: PermittedChange;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetId?: string | null;

  @Field(() => [Float], { nullable: 'itemsAndList' })
  levels?: (number | null)[] | null;

  @Field(() => PermitBaselineInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  baseline?: PermitBaselineInput | null;
}

const WHAT = "fence an agreement's targets or open them (only signing, and approving a change, do)";
/** Who did it, for the fence's record: the person sign-off acts for. */
const actor = (caller: Caller) => (caller.authenticated ? caller.name : 'sign-off');

/**
 * The fence protocol's operations, called only by the signoff subgraph with its peer key (docs/ARCHITECTURE.md).
 * They are @inaccessible: the gateway does not serve them, and a direct call without the key is FORBIDDEN.
 */
@Resolver()
export class FenceMutations {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Fences the targets at the versions being signed; CONFLICT if any changed.' })
  async fenceAgreementTargets(
    @Arg('input') input: FenceAgreementInput,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.fenceAgreement(input, actor(context.caller));
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'The signature is recorded: the fence stands.' })
  async confirmAgreementFence(
    @Arg('agreementId', () => ID) agreementId: string,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.confirm(agreementId);
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: "The signature was not recorded: the attempt's fence comes down. False if it held none.",
  })
  releaseAgreementFence(
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('attemptId', () => ID) attemptId: string,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    return context.services.fences.release(agreementId, attemptId);
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description:
      'A target signed off again under controlled refresh is fenced at that version; CONFLICT if it changed.',
  })
  async fenceTarget(
    @Arg('targetId', () => ID) targetId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.fenceTarget(targetId, version);
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: 'Opens exactly the approved change; issuing the same permit again changes nothing.',
  })
  async issueTargetPermit(@Arg('input') input: TargetPermitInput, @Ctx() context: AgreementsContext): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.issuePermit(input, actor(context.caller));
    return true;
  }
}
