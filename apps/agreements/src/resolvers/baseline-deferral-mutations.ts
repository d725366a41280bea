import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BaselineDeferral } from '../entities/baseline-deferral';
import { AgreementsContext } from './context';
import { RequestBaselineDeferralInput, DecideBaselineDeferralInput } from './baseline-deferral-mutations.inputs';

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
