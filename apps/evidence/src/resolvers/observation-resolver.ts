import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { Observation } from '../entities/observation';
import { EvidenceContext } from './context';
import { nameForSignedIn } from './people-names';
import { evidenceLoaders } from './loaders';

@Resolver(() => Observation)
export class ObservationResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who loaded it (a person or a council system): for signed-in callers; null for the public.',
  })
  loadedBy(@Root() observation: Observation, @Ctx() context: EvidenceContext): string | null {
    return nameForSignedIn(context, observation.loadedBy);
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() observation: Observation, @Ctx() context: EvidenceContext): Promise<Indicator> {
    const indicator = await evidenceLoaders(context).indicator.load(observation.indicatorCode);
    if (!indicator) throw notFound('Indicator', observation.indicatorCode);
    return indicator;
  }
}
