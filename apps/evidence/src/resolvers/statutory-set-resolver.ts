import { today } from '@laa/database';
import { badInput } from '@laa/errors';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { StatutoryMembership } from '../entities/statutory-membership';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => StatutoryMembership)
export class StatutorySetResolver {
  @Query(() => [StatutoryMembership], {
    description:
      'The statutory DCSF education and early years set in force on a day (default today): 16 from 1 April 2008, 12 from 31 December 2008 ' +
      "when the Key Stage 3 ones left. Inferred: check each membership's status and reason.",
  })
  statutorySet(
    @Ctx() { services }: EvidenceContext,
    @Arg('on', () => String, { nullable: true, description: 'The day (YYYY-MM-DD); today when omitted.' })
    on?: string | null,
  ): Promise<StatutoryMembership[]> {
    const day = on ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
      throw badInput(`on must be a date, YYYY-MM-DD (got "${day}")`);
    return services.indicators.statutorySetOn(day);
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() membership: StatutoryMembership, @Ctx() context: EvidenceContext): Promise<Indicator> {
    const indicator = await evidenceLoaders(context).indicator.load(membership.indicatorCode);
    if (!indicator) throw new Error(`statutory membership of unknown indicator ${membership.indicatorCode}`);
    return indicator;
  }
}
