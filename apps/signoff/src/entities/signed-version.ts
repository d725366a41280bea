import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A target as it stood in a signed version of the agreement.' })
export class SignedTarget {
  @Field(() => ID)
  targetId: string;

  @Field(() => Int, { description: 'The target version that was signed.' })
  version: number;

  @Field({ description: 'DESIGNATED, STATUTORY_DCSF or LOCAL.' })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description: 'The indicator, as signed (null only in versions from before it was kept).',
  })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: "A local indicator's title." })
  localIndicatorTitle?: string | null;

  @Field(() => [Float], { nullable: 'itemsAndList', description: 'The three yearly levels, as signed.' })
  levels?: (number | null)[] | null;

  @Field(() => Float, { nullable: true, description: 'The baseline value, as signed (null for a placeholder).' })
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  baselinePeriod?: string | null;
}

/** A target's content as a signed version keeps it. */
export function signedTarget(target: {
  id: string;
  version: number;
  kind: string;
  indicator: { code: string };
  localIndicatorTitle: string | null;
  levels: (number | null)[];
  baseline: { value: number; period: string } | null;
}): SignedTarget {
  return {
    targetId: target.id,
    version: target.version,
    kind: target.kind,
    indicatorCode: target.indicator.code,
    localIndicatorTitle: target.localIndicatorTitle,
    levels: target.levels,
    baselineValue: target.baseline?.value ?? null,
    baselinePeriod: target.baseline?.period ?? null,
  };
}

@ObjectType({
  description: "One signed version of an agreement: Ministers' signature (1) or an approved refresh (2, 3, ...).",
})
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

  @Field(() => [SignedTarget], {
    description: 'Every target as this signature covers it: its version, indicator, baseline and levels.',
  })
  @Column({ type: 'jsonb' })
  targets: SignedTarget[];

  @Field({ description: 'The named person whose signature or approval made this version.' })
  @Column({ type: 'text', name: 'signed_by' })
  signedBy: string;

  /** The role in which they signed or approved (MINISTER for version 1; the theme lead or decider of a refresh). */
  @Column({ type: 'text', name: 'signed_by_role', nullable: true })
  signedByRole: string | null;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'signed_at' })
  signedAt: Date;
}
