import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '@laa/errors';
import { FigureChoice } from '../entities/figure-choice';
import { Indicator } from '../entities/indicator';
import { FigureOfRecord } from '../entities/figure-of-record';
import { Observation } from '../entities/observation';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@Resolver(() => FigureOfRecord)
export class FigureOfRecordResolver {
  @FieldResolver(() => [Observation], {
    description: 'Every release of this figure from every source, superseded ones included, newest first: its history.',
  })
  releases(@Root() figure: FigureOfRecord, @Ctx() context: EvidenceContext): Promise<Observation[]> {
    return evidenceLoaders(context).releasesOfFigure.load(figure);
  }

  @FieldResolver(() => Indicator)
  async indicator(@Root() figure: FigureOfRecord, @Ctx() context: EvidenceContext): Promise<Indicator> {
    const indicator = await evidenceLoaders(context).indicator.load(figure.indicatorCode);
    if (!indicator) throw notFound('Indicator', figure.indicatorCode);
    return indicator;
  }

  @FieldResolver(() => [FigureChoice], {
    description: 'Every choice of the figure of record among rival sources, newest first, each with who and why.',
  })
  choices(@Root() figure: FigureOfRecord, @Ctx() context: EvidenceContext): Promise<FigureChoice[]> {
    return evidenceLoaders(context).choicesOfFigure.load(figure);
  }
}
