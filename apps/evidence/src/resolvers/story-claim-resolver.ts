import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IndicatorEvidence } from '../entities/indicator-evidence';
import { SoftEvidence } from '../entities/soft-evidence';
import { StoryClaim } from '../entities/story-of-place';
import { evidenceOfIndicator } from './area-evidence-resolver';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => StoryClaim)
export class StoryClaimResolver {
  @FieldResolver(() => [IndicatorEvidence], {
    description: "The figures behind the claim: each indicator's series, trend and benchmark in the area.",
  })
  async evidence(@Root() claim: StoryClaim, @Ctx() context: EvidenceContext): Promise<IndicatorEvidence[]> {
    return Promise.all(claim.indicatorCodes.map((code) => evidenceOfIndicator(context, claim.areaCode, code)));
  }

  @FieldResolver(() => [SoftEvidence], { description: 'The soft intelligence behind the claim.' })
  async softEvidence(@Root() claim: StoryClaim, @Ctx() context: EvidenceContext): Promise<SoftEvidence[]> {
    const items = await evidenceLoaders(context).softEvidence.loadMany(claim.softEvidenceIds);
    return items.filter((item): item is SoftEvidence => item !== null && !(item instanceof Error));
  }
}
