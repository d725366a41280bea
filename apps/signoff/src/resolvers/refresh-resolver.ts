import { Arg, Ctx, Mutation, Resolver, Authorized } from 'type-graphql';
import { TargetChangeRequest } from '../entities/target-change';
import { SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { CHANGE_DECIDERS } from '../rules/sign-off-access';
import { SignOffContext } from './context';
import { TargetChangeInput, TargetChangeDecisionInput } from './refresh.inputs';

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
