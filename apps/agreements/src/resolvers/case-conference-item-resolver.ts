import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseConferenceItem } from '../entities/case-conference';
import { NegotiationPoint } from '../entities/negotiation-point';
import { Person } from '../entities/person';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@Resolver(() => CaseConferenceItem)
export class CaseConferenceItemResolver {
  @FieldResolver(() => NegotiationPoint)
  async point(@Root() item: CaseConferenceItem, @Ctx() context: AgreementsContext): Promise<NegotiationPoint> {
    return (await agreementsLoaders(context).point.load(item.pointId))!;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who recorded the outcome.' })
  recordedBy(@Root() item: CaseConferenceItem): Person | null {
    return item.recordedById ? { id: item.recordedById, name: item.recordedByName ?? item.recordedById } : null;
  }
}
