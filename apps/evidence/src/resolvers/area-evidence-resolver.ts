import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { Observation } from '../entities/observation';
import { normaliseIndicatorCode } from '../services/indicator-service';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => Area)
export class AreaEvidenceResolver {
  @FieldResolver(() => [Observation], { description: 'The area\'s indicator values, by indicator and period.' })
  async observations(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('indicator', () => String, { nullable: true, description: 'Only this indicator.' }) indicator?: string,
  ): Promise<Observation[]> {
    const all = await evidenceLoaders(context).observationsOfArea.load(area.code);
    if (!indicator) return all;
    const code = normaliseIndicatorCode(indicator);
    return all.filter((observation) => observation.indicatorCode === code);
  }
}
