import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: "The Secretary of State's consultation of Cabinet colleagues before Ministers sign." })
@Entity({ name: 'cabinet_consultation' })
export class CabinetConsultation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => [String], { description: 'The Cabinet colleagues (or their departments) consulted.' })
  @Column({ type: 'text', array: true })
  colleagues: string[];

  @Field({ description: 'What they said.' })
  @Column({ type: 'text' })
  outcome: string;

  @Field({ description: 'Who recorded it for the Secretary of State.' })
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;

  /** The role in which they recorded it (MINISTER). */
  @Column({ type: 'text', name: 'recorded_by_role', nullable: true })
  recordedByRole: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}
