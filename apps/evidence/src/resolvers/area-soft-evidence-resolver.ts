import { Theme } from '@laa/domain';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { SoftEvidence } from '../entities/soft-evidence';
import { requireEvidenceReader } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => Area)
export class AreaSoftEvidenceResolver {
  @FieldResolver(() => [SoftEvidence], {
    description: "The area's soft intelligence, newest first (draft readers of the area).",
  })
  async softEvidence(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('theme', () => Theme, { nullable: true }) theme?: Theme,
  ): Promise<SoftEvidence[]> {
    requireEvidenceReader(context.caller, await areaPlace(context, area.code));
    const items = await evidenceLoaders(context).softEvidenceOfArea.load(area.code);
    return theme ? items.filter((item) => item.theme === theme) : items;
  }
}
