import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A target as it stood in a signed version of the agreement.' })
export class SignedTarget {
  @Field(() => ID)
  targetId: string;

  @Field(() => Int, { description: 'The target version that was signed.' })
  version: number;

  @Field({ description: 'DESIGNATED, STATUTORY_DCSF or LOCAL.' })
  kind: string;
}

@ObjectType({ description: 'One signed version of an agreement: Ministers\' signature (1) or an approved refresh (2, 3, ...).' })
@Entity({ name: 'signed_version' })
export class SignedVersion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => [SignedTarget], { description: 'Every target and the version of it that this signature covers.' })
  @Column({ type: 'jsonb' })
  targets: SignedTarget[];

  @Field({ description: 'The named person whose signature or approval made this version.' })
  @Column({ type: 'text', name: 'signed_by' })
  signedBy: string;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'signed_at' })
  signedAt: Date;
}
