import { ReferenceStatus, Theme } from '@laa/domain';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { IndicatorRevision } from '../entities/indicator-revision';
import { StatutoryMembership } from '../entities/statutory-membership';
import { normaliseIndicatorCode } from '../services/indicator-service';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    description: 'The indicator set: live national indicators in number order, then local ones.',
  })
  indicators(
    @Ctx() { services }: EvidenceContext,
    @Arg('includeWithdrawn', { defaultValue: false, description: 'Also list withdrawn indicators (NI31).' })
    includeWithdrawn: boolean,
    @Arg('theme', () => Theme, { nullable: true }) theme?: Theme,
    @Arg('statutoryDcsf', () => Boolean, {
      nullable: true,
      description: 'Only the statutory DCSF set (true) or the rest (false).',
    })
    statutoryDcsf?: boolean,
  ): Promise<Indicator[]> {
    return services.indicators.list({
      includeWithdrawn,
      theme: theme ?? undefined,
      statutoryDcsf: statutoryDcsf ?? undefined,
    });
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator by code: NI116, "NI 116" and 116 all work.' })
  indicator(@Arg('code') code: string, @Ctx() context: EvidenceContext): Promise<Indicator | null> {
    return evidenceLoaders(context).indicator.load(normaliseIndicatorCode(code));
  }

  @FieldResolver(() => [IndicatorRevision], { description: 'Every version of the reference values, newest first.' })
  revisions(@Root() indicator: Indicator, @Ctx() context: EvidenceContext): Promise<IndicatorRevision[]> {
    return evidenceLoaders(context).revisions.load(indicator.code);
  }

  @FieldResolver(() => ReferenceStatus, {
    description:
      "The outcome group's status: UNVERIFIED (recalled boundaries, no source read), MISSING where none is given.",
  })
  outcomeGroupStatus(@Root() indicator: Indicator): ReferenceStatus {
    return indicator.outcomeGroup ? ReferenceStatus.UNVERIFIED : ReferenceStatus.MISSING;
  }

  @FieldResolver(() => [StatutoryMembership], {
    description: 'When the indicator is (or was) in the statutory DCSF set, oldest first; empty if never.',
  })
  statutoryMemberships(@Root() indicator: Indicator, @Ctx() context: EvidenceContext): Promise<StatutoryMembership[]> {
    return evidenceLoaders(context).statutoryMemberships.load(indicator.code);
  }

  @FieldResolver(() => [IndicatorCorrection], {
    description: "The national data steward's corrections of this indicator, newest first.",
  })
  corrections(@Root() indicator: Indicator, @Ctx() context: EvidenceContext): Promise<IndicatorCorrection[]> {
    return evidenceLoaders(context).corrections.load(indicator.code);
  }
}
