import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SignOffStage } from './sign-off-stage';

@ObjectType({ description: 'Where an agreement stands in sign-off, and how it got there.' })
@Entity({ name: 'sign_off' })
export class SignOff {
  @PrimaryColumn({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => SignOffStage, { description: 'The last step reached.' })
  @Column({ type: 'text' })
  stage: SignOffStage;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back as expectedVersion with the next step.' })
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', name: 'area_code', nullable: true })
  areaCode?: string | null;

  /** The signature attempt under way (it holds the agreements subgraph's fence), and since when: one at a time. */
  @Column({ type: 'uuid', name: 'signing_attempt', nullable: true })
  signingAttempt?: string | null;

  @Column({ type: 'timestamptz', name: 'signing_since', nullable: true })
  signingSince?: Date | null;
}

@ObjectType({ description: 'One step of sign-off: who took it, in what role, when and why.' })
@Entity({ name: 'sign_off_step' })
export class SignOffStep {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => SignOffStage, { description: 'The stage this step reached.' })
  @Column({ type: 'text' })
  stage: SignOffStage;

  @Field({ description: 'The named person who took the step.' })
  @Column({ type: 'text', name: 'taken_by' })
  takenBy: string;

  @Field({ description: 'The role in which the person took it.' })
  @Column({ type: 'text' })
  role: string;

  @Field({ description: 'Why: the reason given with the step.' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'When the step was taken.' })
  @Column({ type: 'timestamptz', name: 'taken_at' })
  takenAt: Date;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
