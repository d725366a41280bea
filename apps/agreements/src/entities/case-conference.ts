import { Department } from '@laa/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';

@ObjectType({
  description:
    "A case conference: departments and partners brought together to resolve an agreement's hard negotiation points.",
})
@Entity({ name: 'case_conference' })
export class CaseConference {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field({ description: 'The date (YYYY-MM-DD) it is held.' })
  @Column({ type: 'date', name: 'held_on', transformer: calendarDate })
  heldOn: string;

  @Field(() => [Department], { description: 'Departments invited.' })
  @Column({ type: 'text', name: 'invited_departments', array: true })
  invitedDepartments: Department[];

  @Column({ type: 'uuid', name: 'invited_partner_ids', array: true })
  invitedPartnerIds: string[];

  @Field(() => [String], {
    description: 'Other bodies invited, e.g. the Audit Commission or the regional development agency.',
  })
  @Column({ type: 'text', name: 'invited_others', array: true })
  invitedOthers: string[];

  @Column({ type: 'text', name: 'scheduled_by_id' })
  scheduledById: string;

  @Column({ type: 'text', name: 'scheduled_by_name' })
  scheduledByName: string;
}

@ObjectType({ description: "A negotiation point on a case conference's agenda, with its outcome once recorded." })
@Entity({ name: 'case_conference_item' })
export class CaseConferenceItem {
  @PrimaryColumn({ type: 'uuid', name: 'conference_id' })
  conferenceId: string;

  @Field(() => ID, { description: 'The negotiation point.' })
  @PrimaryColumn({ type: 'uuid', name: 'point_id' })
  pointId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the conference decided on this point; null until recorded.',
  })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field({ description: 'True when the outcome resolved the point.' })
  @Column({ type: 'boolean', name: 'resolves_point' })
  resolvesPoint: boolean;

  @Column({ type: 'text', name: 'recorded_by_id', nullable: true })
  recordedById: string | null;

  @Column({ type: 'text', name: 'recorded_by_name', nullable: true })
  recordedByName: string | null;
}

@ObjectType({
  description:
    "The area's partnership asking its GO for a case conference (as Coventry did); the GO schedules it (scheduleCaseConference with requestId).",
})
@Entity({ name: 'case_conference_request' })
export class CaseConferenceRequest {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field({ description: 'Why the partnership asks for one.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => [ID], { description: 'The negotiation points it wants on the agenda.' })
  @Column({ type: 'uuid', name: 'point_ids', array: true })
  pointIds: string[];

  @Column({ type: 'text', name: 'requested_by_id' })
  requestedById: string;

  @Column({ type: 'text', name: 'requested_by_name' })
  requestedByName: string;

  @Field({ description: 'The role it was asked in (PARTNERSHIP_OFFICER, COUNCILLOR or PARTNER_ORGANISATION).' })
  @Column({ type: 'text', name: 'requested_by_role' })
  requestedByRole: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'requested_at' })
  requestedAt: Date;

  @Column({ type: 'uuid', name: 'conference_id', nullable: true })
  conferenceId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the GO declined it; null unless declined.' })
  @Column({ type: 'timestamptz', name: 'declined_at', nullable: true })
  declinedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The GO's reason for declining it, as the partnership reads it.",
  })
  @Column({ type: 'text', name: 'decline_reason', nullable: true })
  declineReason: string | null;

  @Column({ type: 'text', name: 'declined_by_id', nullable: true })
  declinedById: string | null;

  @Column({ type: 'text', name: 'declined_by_name', nullable: true })
  declinedByName: string | null;
}
