import { IsBoolean, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { BaselineDeferral } from '../entities/baseline-deferral';
import { AgreementsContext } from './context';

@InputType({ description: 'Asking the GO to let a target be signed before its reliable baseline is to hand.' })
export class RequestBaselineDeferralInput {
  @Field(() => ID)
  @IsUUID('all')
  targetId: string;

  @Field({ description: 'Why the baseline cannot be set yet.' })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;

  @Field({ description: 'YYYY-MM-DD: the date by which the baseline will be set.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueBy must be a date YYYY-MM-DD' })
  dueBy: string;
}

@InputType({ description: "The GO's decision on a baseline deferral." })
export class DecideBaselineDeferralInput {
  @Field(() => ID)
  @IsUUID('all')
  deferralId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field({ description: "Why (kept in the agreement's history and listed in the RD's recommendation)." })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

@Resolver(() => BaselineDeferral)
export class BaselineDeferralMutations {
  @Mutation(() => BaselineDeferral, {
    description:
      "Asks to defer a designated or statutory target's baseline to a date. Editors of the agreement (the area's partnership officers and its GO). " +
      'RULE_VIOLATION when the target has a reliable baseline or is local (DEFERRAL_NOT_NEEDED), already has an open or approved deferral (DEFERRAL_EXISTS), or is signed (SIGNED_TARGET_CLOSED).',
  })
  requestBaselineDeferral(
    @Arg('input') input: RequestBaselineDeferralInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<BaselineDeferral> {
    return services.deferrals.request(caller, input);
  }

  @Mutation(() => BaselineDeferral, {
    description:
      "Approves or refuses a baseline deferral: the region's relationship manager, Deputy or Regional Director. RULE_VIOLATION (DEFERRAL_DECIDED) once decided.",
  })
  decideBaselineDeferral(
    @Arg('input') input: DecideBaselineDeferralInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<BaselineDeferral> {
    return services.deferrals.decide(caller, input);
  }
}
