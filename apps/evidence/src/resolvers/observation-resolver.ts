import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { Observation } from '../entities/observation';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => Indicator)
  async indicator(@Root() observation: Observation, @Ctx() context: EvidenceContext): Promise<Indicator> {
    const indicator = await evidenceLoaders(context).indicator.load(observation.indicatorCode);
    if (!indicator) throw notFound('Indicator', observation.indicatorCode);
    return indicator;
  }
}
