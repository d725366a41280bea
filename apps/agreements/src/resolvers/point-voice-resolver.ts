import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { NegotiationPoint } from '../entities/negotiation-point';
import { AgreementsContext } from './context';
import { RelayNegotiationPointInput, DecideNegotiationPointInput } from './point-voice.inputs';

/** Who speaks and who decides: the GO relays departments' points; the Deputy Regional Director decides escalated ones. */
@Resolver(() => NegotiationPoint)
export class PointVoiceResolver {
  @Mutation(() => NegotiationPoint, {
    description:
      "The region's GO relays a department's point to the area, which then sees it as the GO's. RULE_VIOLATION POINT_NOT_WITH_GO if it is not a department's point still with the GO; CONFLICT if stale.",
  })
  relayNegotiationPoint(
    @Arg('input') input: RelayNegotiationPointInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.pointVoices.relay(caller, input.pointId, input.expectedVersion, input.note);
  }

  @Mutation(() => NegotiationPoint, {
    description:
      "The region's Deputy Regional Director, final arbiter of GO disputes, decides an escalated point: it is resolved with the decision and reason recorded. RULE_VIOLATION POINT_NOT_ESCALATED otherwise; CONFLICT if stale.",
  })
  decideNegotiationPoint(
    @Arg('input') input: DecideNegotiationPointInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.pointVoices.decide(caller, input);
  }
}
