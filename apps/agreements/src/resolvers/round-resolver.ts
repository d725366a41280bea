import { Access, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { Round, RoundOpening } from '../entities/round';
import { AgreementsContext } from './context';

@Resolver()
export class RoundResolver {
  @Query(() => Round, {
    description:
      "The region's round: every area with its agreement's stage and process-map slippage. The region's GO staff and central departments.",
  })
  @Authorized(Access.regionReader)
  round(@Ctx() { services }: AgreementsContext): Promise<Round> {
    return services.roundView.of();
  }

  @Mutation(() => Agreement, {
    description:
      "Opens the 2008-2011 agreement of an area of this region, at PROCESS_MAP, with the source's process map (priorities by November, " +
      "indicators in January, targets by spring) as editable milestones: the region's relationship managers, Deputy and Regional Directors. " +
      'NOT_FOUND for an unknown area code, FORBIDDEN for an area of another region, RULE_VIOLATION AGREEMENT_ALREADY_OPEN if it has one.',
  })
  @Authorized(Access.roundLead)
  openAgreement(
    @Arg('areaCode', () => ID) areaCode: string,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<Agreement> {
    return services.round.openAgreement(lead, areaCode);
  }

  @Mutation(() => RoundOpening, {
    description:
      'Opens the round: the agreement of every area of the region that has none, as openAgreement does, all in one transaction. ' +
      "Opening again opens nothing. Who may open an agreement; BAD_USER_INPUT for another region's code.",
  })
  @Authorized(Access.roundLead)
  async openRound(
    @Arg('regionCode', () => ID) regionCode: string,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<RoundOpening> {
    const { opened, alreadyOpen } = await services.round.openRound(lead, regionCode);
    return { opened, alreadyOpen: alreadyOpen.map((code) => ({ code })) };
  }
}
