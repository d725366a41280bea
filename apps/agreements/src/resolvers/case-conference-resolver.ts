import { Department } from '@laa/domain';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { CaseConference, CaseConferenceItem, CaseConferenceRequest } from '../entities/case-conference';
import { NegotiationPoint } from '../entities/negotiation-point';
import { Person } from '../entities/person';
import { PartnershipMember } from '../entities/references';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@InputType({
  description: 'A case conference to schedule: when, who is invited, and the negotiation points on its agenda.',
})
export class ScheduleCaseConferenceInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn: string;

  @Field(() => [Department], { defaultValue: [] })
  invitedDepartments: Department[];

  @Field(() => [ID], { defaultValue: [], description: 'Partnership members invited.' })
  @IsUUID('all', { each: true })
  invitedPartnerIds: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Other bodies, e.g. the Audit Commission, the regional development agency.',
  })
  @ArrayMaxSize(30)
  invitedOthers: string[];

  @Field(() => [ID], { defaultValue: [], description: 'The negotiation points on the agenda.' })
  @IsUUID('all', { each: true })
  agendaPointIds: string[];

  @Field(() => ID, {
    nullable: true,
    description: "The partnership's request this conference answers: its points join the agenda.",
  })
  @IsOptional()
  @IsUUID('all')
  requestId?: string | null;
}

@InputType({ description: "The area's partnership asking its GO for a case conference." })
export class RequestCaseConferenceInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field({ description: 'Why a conference is needed.' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;

  @Field(() => [ID], { defaultValue: [], description: 'The negotiation points it should settle.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  agendaPointIds: string[];
}

@InputType({ description: 'What a case conference decided on one agenda point.' })
export class RecordCaseConferenceOutcomeInput {
  @Field(() => ID)
  @IsUUID('all')
  conferenceId: string;

  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field()
  @MinLength(3)
  @MaxLength(5000)
  outcome: string;

  @Field({
    defaultValue: false,
    description: 'True when the outcome resolves the point (it is then closed as RESOLVED).',
  })
  resolvesPoint: boolean;
}

@Resolver(() => CaseConference)
export class CaseConferenceResolver {
  @FieldResolver(() => [PartnershipMember], { description: 'Partnership members invited.' })
  invitedPartners(@Root() conference: CaseConference): PartnershipMember[] {
    return conference.invitedPartnerIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Person, { description: 'Who scheduled it.' })
  scheduledBy(@Root() conference: CaseConference): Person {
    return { id: conference.scheduledById, name: conference.scheduledByName };
  }

  @FieldResolver(() => [CaseConferenceItem], { description: 'The agenda: negotiation points and their outcomes.' })
  agenda(@Root() conference: CaseConference, @Ctx() context: AgreementsContext): Promise<CaseConferenceItem[]> {
    return agreementsLoaders(context).conferenceItems.load(conference.id);
  }

  @Mutation(() => CaseConferenceRequest, {
    description:
      "The area's partnership (its officers, councillors and partners) asks the GO for a case conference on the points named; the GO schedules it (scheduleCaseConference with requestId).",
  })
  requestCaseConference(
    @Arg('input') input: RequestCaseConferenceInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<CaseConferenceRequest> {
    return services.conferences.request(caller, input);
  }

  @Mutation(() => CaseConference, {
    description:
      "Schedules a case conference for an agreement, on the GO's own motion or answering the partnership's request (requestId): the region's GO only.",
  })
  scheduleCaseConference(
    @Arg('input') input: ScheduleCaseConferenceInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<CaseConference> {
    return services.conferences.schedule(caller, input);
  }

  @Mutation(() => CaseConferenceItem, {
    description:
      "Records a case conference outcome against an agenda point (it may resolve the point): the region's GO only.",
  })
  recordCaseConferenceOutcome(
    @Arg('input') input: RecordCaseConferenceOutcomeInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<CaseConferenceItem> {
    return services.conferences.recordOutcome(
      caller,
      input.conferenceId,
      input.pointId,
      input.outcome,
      input.resolvesPoint,
    );
  }
}

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

@Resolver(() => CaseConferenceRequest)
export class CaseConferenceRequestResolver {
  @FieldResolver(() => Person, { description: 'Who asked for it.' })
  requestedBy(@Root() request: CaseConferenceRequest): Person {
    return { id: request.requestedById, name: request.requestedByName };
  }

  @FieldResolver(() => CaseConference, {
    nullable: true,
    description: 'The conference the GO scheduled for it; null while it waits.',
  })
  async conference(
    @Root() request: CaseConferenceRequest,
    @Ctx() context: AgreementsContext,
  ): Promise<CaseConference | null> {
    if (!request.conferenceId) return null;
    const conferences = await agreementsLoaders(context).conferences.load(request.agreementId);
    return conferences.find((c) => c.id === request.conferenceId) ?? null;
  }
}
