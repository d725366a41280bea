import { requireDraftReader } from '@laa/identity';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { CaseConference, CaseConferenceRequest } from '../entities/case-conference';
import { isWithGo } from '../rules/negotiation-voices';
import { onGovernmentSide } from '../services/negotiators';
import { NegotiationPoint, OPEN_STATUSES } from '../entities/negotiation-point';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

const readDrafts = (agreement: Agreement, context: AgreementsContext) =>
  requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });

/** The agreement's points the caller may see: a department's point is the government side's until the GO relays it. */
async function visiblePoints(agreement: Agreement, context: AgreementsContext): Promise<NegotiationPoint[]> {
  readDrafts(agreement, context);
  const points = await agreementsLoaders(context).points.load(agreement.id);
  return onGovernmentSide(context.caller, agreement.regionCode) ? points : points.filter((p) => !isWithGo(p));
}

/** Negotiation points and case conferences of an agreement: draft readers only. */
@Resolver(() => Agreement)
export class AgreementNegotiationResolver {
  @FieldResolver(() => [NegotiationPoint], {
    description: 'Negotiation points, oldest first; closed ones too if includeClosed. Draft readers only.',
  })
  async negotiationPoints(
    @Root() agreement: Agreement,
    @Arg('includeClosed', { defaultValue: false }) includeClosed: boolean,
    @Ctx() context: AgreementsContext,
  ): Promise<NegotiationPoint[]> {
    const points = await visiblePoints(agreement, context);
    return includeClosed ? points : points.filter((p) => OPEN_STATUSES.includes(p.status));
  }

  @FieldResolver(() => [NegotiationPoint], {
    description:
      'Open (OPEN or ESCALATED) negotiation points, oldest first, each with its age in days. Draft readers only.',
  })
  async openNegotiationPoints(
    @Root() agreement: Agreement,
    @Ctx() context: AgreementsContext,
  ): Promise<NegotiationPoint[]> {
    const points = await visiblePoints(agreement, context);
    return points.filter((p) => OPEN_STATUSES.includes(p.status));
  }

  @FieldResolver(() => Int, {
    description: 'How many negotiation points are still open (OPEN or ESCALATED). Draft readers only.',
  })
  async openNegotiationPointCount(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<number> {
    const points = await visiblePoints(agreement, context);
    return points.filter((p) => OPEN_STATUSES.includes(p.status)).length;
  }

  @FieldResolver(() => [CaseConference], { description: 'Case conferences, by date. Draft readers only.' })
  caseConferences(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<CaseConference[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).conferences.load(agreement.id);
  }

  @FieldResolver(() => [CaseConferenceRequest], {
    description:
      "The partnership's requests for a case conference, oldest first, each with the conference that answered it. Draft readers only.",
  })
  caseConferenceRequests(
    @Root() agreement: Agreement,
    @Ctx() context: AgreementsContext,
  ): Promise<CaseConferenceRequest[]> {
    readDrafts(agreement, context);
    return context.services.conferences.requestsOf([agreement.id]);
  }
}
