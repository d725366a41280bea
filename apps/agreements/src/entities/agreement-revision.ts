import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Person } from './person';

export enum AgreementItemType {
  /** The agreement itself, e.g. its negotiation stage. */
  AGREEMENT = 'AGREEMENT',
  TARGET = 'TARGET',
  PRIORITY = 'PRIORITY',
  PRIORITY_LINK = 'PRIORITY_LINK',
  NEGOTIATION_POINT = 'NEGOTIATION_POINT',
  CASE_CONFERENCE = 'CASE_CONFERENCE',
  MILESTONE = 'MILESTONE',
}
registerEnumType(AgreementItemType, {
  name: 'AgreementItemType',
  description: 'The kind of item of an agreement a change touched.',
});

export enum ChangeAction {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeAction, { name: 'ChangeAction', description: 'What happened to an item.' });

/** One item's change as stored in a revision (before/after are the item's recorded fields). */
export interface ItemChange {
  itemType: AgreementItemType;
  itemId: string;
  label: string;
  action: ChangeAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@ObjectType({
  description: 'A change to one item of an agreement: added, removed or changed, with its fields before and after.',
})
export class AgreementChange {
  @Field(() => AgreementItemType)
  itemType: AgreementItemType;

  @Field(() => ID)
  itemId: string;

  @Field({ description: 'The item in words, e.g. "Target NI39 (DESIGNATED)".' })
  label: string;

  @Field(() => ChangeAction)
  action: ChangeAction;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The item's fields before (null when added)." })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The item's fields after (null when removed)." })
  after: Record<string, unknown> | null;
}

@ObjectType({
  description: 'One version of an agreement: who changed what, when. Every change to an agreement makes a revision.',
})
@Entity({ name: 'agreement_revision' })
export class AgreementRevision {
  @PrimaryColumn({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => Int, { description: 'The agreement version this change produced.' })
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'text', name: 'changed_by_id' })
  changedById: string;

  @Column({ type: 'text', name: 'changed_by_name' })
  changedByName: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'changed_at' })
  changedAt: Date;

  @Field({ description: 'The change in words.' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [AgreementChange])
  @Column({ type: 'jsonb' })
  changes: ItemChange[];
}

@ObjectType({ description: 'How an item differs between two versions of an agreement, and who changed it in between.' })
export class AgreementDifference extends AgreementChange {
  @Field(() => [Person], { description: 'Everyone who changed the item between the two versions, in order.' })
  changedBy: Person[];
}

@ObjectType({ description: 'What was added, removed and changed between two versions of an agreement.' })
export class AgreementComparison {
  @Field(() => ID)
  agreementId: string;

  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [AgreementDifference])
  differences: AgreementDifference[];
}
