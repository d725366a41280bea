import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    "A council system's credential for one area: exchanged for short-lived tokens (issueApiToken). The secret is never stored, only its hash.",
})
@Entity({ name: 'api_credential' })
export class ApiCredential {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: 'Public identifier the council system presents with its secret.' })
  @Column({ type: 'text', name: 'client_id', unique: true })
  clientId: string;

  @Field({ description: 'The area (SNAC code) the system acts for.' })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field({ description: 'What the system is, e.g. "Sheffield performance management system".' })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', name: 'secret_hash' })
  secretHash: string;

  @Field({ description: 'Who created it (GO staff).' })
  @Column({ type: 'text', name: 'created_by' })
  createdBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the secret was last replaced.' })
  @Column({ type: 'timestamptz', name: 'rotated_at', nullable: true })
  rotatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set once revoked: no more tokens are issued.' })
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'revoked_reason', nullable: true })
  revokedReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When a token was last issued for it.' })
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;
}
