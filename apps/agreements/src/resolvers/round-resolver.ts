import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementsContext } from './context';

@Resolver()
export class RoundResolver {
  @Mutation(() => Agreement, {
    description:
      'Opens the 2008-2011 agreement of an area of this region, at PROCESS_MAP, with the source\'s process map (priorities by November, ' +
      'indicators in January, targets by spring) as editable milestones: the region\'s relationship managers, Deputy and Regional Directors. ' +
      'NOT_FOUND for an unknown area code, FORBIDDEN for an area of another region, RULE_VIOLATION AGREEMENT_ALREADY_OPEN if it has one.',
  })
  openAgreement(@Arg('areaCode', () => ID) areaCode: string, @Ctx() { caller, services }: AgreementsContext): Promise<Agreement> {
    return services.round.openAgreement(caller, areaCode);
  }
}
