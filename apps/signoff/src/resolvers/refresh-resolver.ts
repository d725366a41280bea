import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { TargetChangeKind, TargetChangeRequest } from '../entities/target-change';
import { CHANGE_DECIDERS } from '../rules/sign-off-access';
import { SignOffContext } from './context';

@InputType({ description: 'The baseline a CHANGE_BASELINE request proposes.' })
export class ProposedBaselineInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field({ description: 'e.g. 2008/09' })
  @Length(1, 40)
  period: string;

  @Field({ description: 'Where the figure comes from.' })
  @Length(1, 300)
  source: string;

  @Field({ defaultValue: false })
  provisional: boolean;
}

@InputType({
  description: 'A requested change to a signed agreement: one target, its proposed levels or baseline, and why.',
})
export class TargetChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The target to change or remove (none when adding a designated target).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'targetId must be a target id (a UUID)' })
  targetId?: string | null;

  @Field(() => TargetChangeKind)
  change: TargetChangeKind;

  @Field(() => [Float], { nullable: true, description: 'CHANGE_LEVELS: the three proposed levels.' })
  @IsOptional()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  proposedLevels?: number[] | null;

  @Field(() => ProposedBaselineInput, { nullable: true, description: 'CHANGE_BASELINE: the proposed baseline.' })
  @IsOptional()
  @ValidateNested()
  proposedBaseline?: ProposedBaselineInput | null;

  @Field({ description: 'Why the change is needed.' })
  @Length(3, 2000)
  reason: string;
}

@InputType({ description: 'Approves or rejects a requested change to a signed agreement.' })
export class TargetChangeDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id (a UUID)' })
  requestId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  approve: boolean;

  @Field()
  @Length(3, 2000)
  reason: string;
}

@Resolver(() => TargetChangeRequest)
export class RefreshResolver {
  @Mutation(() => TargetChangeRequest, {
    description:
      'Controlled refresh: asks to change one target of a SIGNED agreement (partnership officers of the area or its GO). The request names the approval it needs: ' +
      'GOVERNMENT_OFFICE for level changes within 10% of each signed level and for a new baseline (CHANGE_BASELINE), MINISTERS for bigger changes or adding/removing designated targets. ' +
      'Designated and statutory targets are refreshed alike. Once approved, exactly that change opens: agreements refuses anything else (refresh-as-approved).',
  })
  requestTargetChange(
    @Arg('input') input: TargetChangeInput,
    @Ctx() { caller, services, authorization }: SignOffContext,
  ): Promise<TargetChangeRequest> {
    return services.refresh.request(caller, input, authorization);
  }

  @Authorized(CHANGE_DECIDERS)
  @Mutation(() => TargetChangeRequest, {
    description:
      "Approves (reopening only that target for a change and a new sign-off) or rejects a change request: the region's RD or DRD at GOVERNMENT_OFFICE level, a Minister at MINISTERS level. " +
      'An approval opens exactly one change in the agreements subgraph (one level change, one removal or one designated target added); SUBGRAPH_UNAVAILABLE if it did not answer (the approval stands: approve again, at the new version, to open it).',
  })
  decideTargetChange(
    @Arg('input') input: TargetChangeDecisionInput,
    @SignedInPerson() decider: SignedIn,
    @Ctx() { services, authorization }: SignOffContext,
  ): Promise<TargetChangeRequest> {
    return services.refresh.decide(decider, input, authorization);
  }
}
