import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { daysBetween } from '../entities/date-column';
import { isWithGo } from '../rules/negotiation-voices';
import { onGovernmentSide } from '../services/negotiators';
import { NegotiationPoint, NegotiationPointEvent, OPEN_STATUSES, PointEventKind } from '../entities/negotiation-point';
import { Person } from '../entities/person';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';
import {
  RaiseNegotiationPointInput,
  CommentOnNegotiationPointInput,
  NegotiationPointStepInput,
} from './negotiation-point.inputs';

@Resolver(() => NegotiationPoint)
export class NegotiationPointResolver {
  @FieldResolver(() => Person, {
    description:
      "Who raised it. A department's point reaches the area through the GO: the area sees whoever relayed it.",
  })
  raisedBy(@Root() point: NegotiationPoint, @Ctx() context: AgreementsContext): Person {
    return voiceOf(point, context) ?? { id: point.raisedById, name: point.raisedByName };
  }

  @FieldResolver(() => String, {
    description:
      "The role it was raised in (e.g. DEPARTMENT_ANALYST, RELATIONSHIP_MANAGER, PARTNERSHIP_OFFICER); the area sees a department's point in the role of the GO person who relayed it.",
  })
  raisedByRole(@Root() point: NegotiationPoint, @Ctx() context: AgreementsContext): string {
    return voiceOf(point, context) ? (point.relayedByRole ?? point.raisedByRole) : point.raisedByRole;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The GO person who relayed a department's point to the area (null for other points, and while it is with the GO).",
  })
  relayedBy(@Root() point: NegotiationPoint): Person | null {
    return point.relayedById ? { id: point.relayedById, name: point.relayedByName ?? point.relayedById } : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "True for a department's point the GO has not yet relayed to the area (only the government side sees it).",
  })
  withGovernmentOffice(@Root() point: NegotiationPoint): boolean {
    return isWithGo(point);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The Deputy Regional Director who decided it (null unless decided).',
  })
  decidedBy(@Root() point: NegotiationPoint): Person | null {
    return point.decidedById ? { id: point.decidedById, name: point.decidedByName ?? point.decidedById } : null;
  }

  @FieldResolver(() => Int, { description: 'Days since it was raised (until it was closed, for closed points).' })
  ageInDays(@Root() point: NegotiationPoint): number {
    return daysBetween(point.raisedAt, point.closedAt ?? new Date());
  }

  @FieldResolver(() => Boolean, { description: 'True while OPEN or ESCALATED.' })
  open(@Root() point: NegotiationPoint): boolean {
    return OPEN_STATUSES.includes(point.status);
  }

  @FieldResolver(() => [NegotiationPointEvent], {
    description: 'The thread: raised, comments, escalation, resolution or withdrawal, oldest first.',
  })
  async thread(@Root() point: NegotiationPoint, @Ctx() context: AgreementsContext): Promise<NegotiationPointEvent[]> {
    const events = await agreementsLoaders(context).pointEvents.load(point.id);
    const voice = voiceOf(point, context);
    return voice ? areaThread(point, events, voice) : events;
  }

  @Mutation(() => NegotiationPoint, {
    description:
      "Raises a negotiation point: department analysts (it stays with the GO until the GO relays it, relayNegotiationPoint; RULE_VIOLATION DEPARTMENT_LOCAL_TARGET on a local target or local indicator), the region's GO, the region's National Strategies adviser (statutory targets only: NATIONAL_STRATEGIES_STATUTORY_ONLY), or the area's partners.",
  })
  raiseNegotiationPoint(
    @Arg('input') input: RaiseNegotiationPointInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.negotiation.raise(caller, input);
  }

  @Mutation(() => NegotiationPoint, {
    description: "Adds a comment to an open point's thread (anyone who may raise points).",
  })
  commentOnNegotiationPoint(
    @Arg('input') input: CommentOnNegotiationPointInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.negotiation.comment(caller, input.pointId, input.text);
  }

  @Mutation(() => NegotiationPoint, {
    description: 'Escalates an open point (anyone who may raise points), with a reason.',
  })
  escalateNegotiationPoint(
    @Arg('input') input: NegotiationPointStepInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.negotiation.escalate(caller, input.pointId, input.expectedVersion, input.reason);
  }

  @Mutation(() => NegotiationPoint, {
    description:
      "Resolves a point, with a reason: whoever raised it (or their department) or the region's GO. RULE_VIOLATION ESCALATED_POINT_DECIDED_BY_DRD for an escalated point: the Deputy Regional Director decides it (decideNegotiationPoint).",
  })
  resolveNegotiationPoint(
    @Arg('input') input: NegotiationPointStepInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.negotiation.resolve(caller, input.pointId, input.expectedVersion, input.reason);
  }

  @Mutation(() => NegotiationPoint, {
    description: "Withdraws a point, with a reason: whoever raised it (or their department) or the region's GO.",
  })
  withdrawNegotiationPoint(
    @Arg('input') input: NegotiationPointStepInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<NegotiationPoint> {
    return services.negotiation.withdraw(caller, input.pointId, input.expectedVersion, input.reason);
  }
}

/** How the area hears a relayed department point: as the GO's, in the voice of whoever relayed it; null for everyone else. */
function voiceOf(point: NegotiationPoint, context: AgreementsContext): Person | null {
  if (!point.department || !point.relayedById || onGovernmentSide(context.caller, context.region)) return null;
  return { id: point.relayedById, name: point.relayedByName ?? point.relayedById };
}

/** The thread as the area reads it: what passed between department and GO before the relay stays with the GO; the department speaks as the GO. */
function areaThread(point: NegotiationPoint, events: NegotiationPointEvent[], voice: Person): NegotiationPointEvent[] {
  const relayedAt = point.relayedAt?.getTime() ?? 0;
  return events
    .filter((e) => e.kind === PointEventKind.RAISED || e.at.getTime() >= relayedAt)
    .map((e) => (e.byId === point.raisedById ? { ...e, byId: voice.id, byName: voice.name } : e));
}
