import { Department } from '@laa/domain';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

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
