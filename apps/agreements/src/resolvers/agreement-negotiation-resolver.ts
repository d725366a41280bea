import { requireDraftReader } from '@laa/identity';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { CaseConference } from '../entities/case-conference';
import { NegotiationPoint, OPEN_STATUSES } from '../entities/negotiation-point';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

const readDrafts = (agreement: Agreement, context: AgreementsContext) =>
  requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });

/** Negotiation points and case conferences of an agreement: draft readers only. */
@Resolver(() => Agreement)
export class AgreementNegotiationResolver {
  @FieldResolver(() => [NegotiationPoint], { description: 'Negotiation points, oldest first; closed ones too if includeClosed. Draft readers only.' })
  async negotiationPoints(
    @Root() agreement: Agreement,
    @Arg('includeClosed', { defaultValue: false }) includeClosed: boolean,
    @Ctx() context: AgreementsContext,
  ): Promise<NegotiationPoint[]> {
    readDrafts(agreement, context);
    const points = await agreementsLoaders(context).points.load(agreement.id);
    return includeClosed ? points : points.filter((p) => OPEN_STATUSES.includes(p.status));
  }

  @FieldResolver(() => [NegotiationPoint], { description: 'Open (OPEN or ESCALATED) negotiation points, oldest first, each with its age in days. Draft readers only.' })
  async openNegotiationPoints(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<NegotiationPoint[]> {
    readDrafts(agreement, context);
    const points = await agreementsLoaders(context).points.load(agreement.id);
    return points.filter((p) => OPEN_STATUSES.includes(p.status));
  }

  @FieldResolver(() => Int, { description: 'How many negotiation points are still open (OPEN or ESCALATED). Draft readers only.' })
  async openNegotiationPointCount(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<number> {
    readDrafts(agreement, context);
    const points = await agreementsLoaders(context).points.load(agreement.id);
    return points.filter((p) => OPEN_STATUSES.includes(p.status)).length;
  }

  @FieldResolver(() => [CaseConference], { description: 'Case conferences, by date. Draft readers only.' })
  caseConferences(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<CaseConference[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).conferences.load(agreement.id);
  }
}
