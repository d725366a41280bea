import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CaseConference, CaseConferenceItem, CaseConferenceRequest } from '../entities/case-conference';
import { Person } from '../entities/person';
import { PartnershipMember } from '../entities/references';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';
import {
  ScheduleCaseConferenceInput,
  RequestCaseConferenceInput,
  RecordCaseConferenceOutcomeInput,
} from './case-conference.inputs';

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
