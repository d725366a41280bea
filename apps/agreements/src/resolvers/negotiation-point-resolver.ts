import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { daysBetween } from '../entities/date-column';
import { NegotiationPoint, NegotiationPointEvent, OPEN_STATUSES, PointSubjectKind } from '../entities/negotiation-point';
import { Person } from '../entities/person';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@InputType({ description: 'A new negotiation point against a priority, indicator, target or the whole agreement.' })
export class RaiseNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => PointSubjectKind)
  @IsIn(Object.values(PointSubjectKind))
  subjectKind: PointSubjectKind;

  @Field(() => String, { nullable: true, description: 'The priority or target id, or the indicator code; leave out for the whole agreement.' })
  @IsOptional()
  @MaxLength(60)
  subjectRef?: string | null;

  @Field({ description: 'The point in a line.' })
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'The case for it (opens the thread).' })
  @MinLength(3)
  @MaxLength(5000)
  detail: string;
}

@InputType({ description: 'A comment in a negotiation point\'s thread.' })
export class CommentOnNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}

@InputType({ description: 'A step of a negotiation point (escalate, resolve, withdraw) with the reason, against the version read.' })
export class NegotiationPointStepInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why (kept in the thread and the history).' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

@Resolver(() => NegotiationPoint)
export class NegotiationPointResolver {
  @FieldResolver(() => Person, { description: 'Who raised it.' })
  raisedBy(@Root() point: NegotiationPoint): Person {
    return { id: point.raisedById, name: point.raisedByName };
  }

  @FieldResolver(() => Int, { description: 'Days since it was raised (until it was closed, for closed points).' })
  ageInDays(@Root() point: NegotiationPoint): number {
    return daysBetween(point.raisedAt, point.closedAt ?? new Date());
  }

  @FieldResolver(() => Boolean, { description: 'True while OPEN or ESCALATED.' })
  open(@Root() point: NegotiationPoint): boolean {
    return OPEN_STATUSES.includes(point.status);
  }

  @FieldResolver(() => [NegotiationPointEvent], { description: 'The thread: raised, comments, escalation, resolution or withdrawal, oldest first.' })
  thread(@Root() point: NegotiationPoint, @Ctx() context: AgreementsContext): Promise<NegotiationPointEvent[]> {
    return agreementsLoaders(context).pointEvents.load(point.id);
  }

  @Mutation(() => NegotiationPoint, {
    description: 'Raises a negotiation point: department analysts (through the GO; the department is recorded), the region\'s GO, or the area\'s partners.',
  })
  raiseNegotiationPoint(@Arg('input') input: RaiseNegotiationPointInput, @Ctx() { caller, services }: AgreementsContext): Promise<NegotiationPoint> {
    return services.negotiation.raise(caller, input);
  }

  @Mutation(() => NegotiationPoint, { description: 'Adds a comment to an open point\'s thread (anyone who may raise points).' })
  commentOnNegotiationPoint(@Arg('input') input: CommentOnNegotiationPointInput, @Ctx() { caller, services }: AgreementsContext): Promise<NegotiationPoint> {
    return services.negotiation.comment(caller, input.pointId, input.text);
  }

  @Mutation(() => NegotiationPoint, { description: 'Escalates an open point (anyone who may raise points), with a reason.' })
  escalateNegotiationPoint(@Arg('input') input: NegotiationPointStepInput, @Ctx() { caller, services }: AgreementsContext): Promise<NegotiationPoint> {
    return services.negotiation.escalate(caller, input.pointId, input.expectedVersion, input.reason);
  }

  @Mutation(() => NegotiationPoint, { description: 'Resolves a point, with a reason: whoever raised it (or their department) or the region\'s GO.' })
  resolveNegotiationPoint(@Arg('input') input: NegotiationPointStepInput, @Ctx() { caller, services }: AgreementsContext): Promise<NegotiationPoint> {
    return services.negotiation.resolve(caller, input.pointId, input.expectedVersion, input.reason);
  }

  @Mutation(() => NegotiationPoint, { description: 'Withdraws a point, with a reason: whoever raised it (or their department) or the region\'s GO.' })
  withdrawNegotiationPoint(@Arg('input') input: NegotiationPointStepInput, @Ctx() { caller, services }: AgreementsContext): Promise<NegotiationPoint> {
    return services.negotiation.withdraw(caller, input.pointId, input.expectedVersion, input.reason);
  }
}

@Resolver(() => NegotiationPointEvent)
export class NegotiationPointEventResolver {
  @FieldResolver(() => Person, { description: 'Who took the step.' })
  by(@Root() event: NegotiationPointEvent): Person {
    return { id: event.byId, name: event.byName };
  }
}
