import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FigureOfRecord } from '../entities/figure-of-record';
import { EvidenceContext } from './context';
import { nameOf } from './similar-area-resolver';

@Resolver(() => FigureOfRecord)
export class FigureAreaResolver {
  @FieldResolver(() => String, { description: "The name of the figure's area." })
  areaName(@Root() figure: FigureOfRecord, @Ctx() context: EvidenceContext): Promise<string> {
    return nameOf(context, figure.areaCode);
  }
}
