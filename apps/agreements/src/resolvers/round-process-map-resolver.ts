import { Access, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RoundProcessMap } from '../entities/round-process-map';
import { AgreementsContext } from './context';
import { SetRoundProcessMapInput } from './round-process-map.inputs';

@Resolver()
export class RoundProcessMapResolver {
  @Mutation(() => RoundProcessMap, {
    description:
      "Replaces the round's process map template (milestones and due dates): the region's relationship managers, Deputy and Regional Directors. " +
      'Agreements opened after take it; agreements already open keep their own milestones (edit those with updateMilestone). CONFLICT if stale.',
  })
  @Authorized(Access.roundLead)
  setRoundProcessMap(
    @Arg('input') input: SetRoundProcessMapInput,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<RoundProcessMap> {
    return services.processMap.set(lead, input.expectedVersion, input.milestones);
  }
}
