import { IntendedDirection } from '@laa/domain';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of target, as agreements names them (evidence only reads which kind a target is). */
export enum TargetKind {
  DESIGNATED = 'DESIGNATED',
  STATUTORY_DCSF = 'STATUTORY_DCSF',
  LOCAL = 'LOCAL',
}
registerEnumType(TargetKind, { name: 'TargetKind' });

/** The part of agreements' Baseline that stretch reads: the period it is measured on and its value. */
@ObjectType()
export class Baseline {
  @Directive('@external')
  @Field()
  period: string;

  @Directive('@external')
  @Field(() => Float)
  value: number;
}

/**
 * Owned by agreements; evidence adds Target.stretch, judged from the evidence it owns (trend,
 * benchmarks) against the target's own values, which the gateway passes in (@requires).
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Target {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field()
  indicatorCode: string;

  @Directive('@external')
  @Field()
  areaCode: string;

  @Directive('@external')
  @Field(() => TargetKind)
  kind: TargetKind;

  @Directive('@external')
  @Field(() => [Float], { nullable: 'items' })
  levels: (number | null)[];

  @Directive('@external')
  @Field(() => String, { nullable: true })
  localReason: string | null;

  @Directive('@external')
  @Field(() => Baseline, { nullable: true })
  baseline: Baseline | null;

  /** Stated by the target's editor where the indicator's polarity is not known: stretch is judged on it then. */
  @Directive('@external')
  @Field(() => IntendedDirection, { nullable: true })
  intendedDirection: IntendedDirection | null;
}
