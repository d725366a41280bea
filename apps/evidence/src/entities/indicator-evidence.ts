import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Benchmark } from './benchmark';
import { FigureOfRecord } from './figure-of-record';
import { Indicator } from './indicator';
import { Trend } from './trend';

export enum BaselineStatus {
  RELIABLE = 'RELIABLE',
  PROVISIONAL = 'PROVISIONAL',
  PLACEHOLDER = 'PLACEHOLDER',
  DISPUTED = 'DISPUTED',
}
registerEnumType(BaselineStatus, {
  name: 'BaselineStatus',
  description:
    'RELIABLE: a final figure of record; PROVISIONAL: the latest is provisional; PLACEHOLDER: no usable figure yet (a baseline to come); ' +
    'DISPUTED: the sources disagree on the latest period and no figure of record is chosen yet (no baseline until one is, rather than an older one).',
});

@ObjectType({
  simpleResolvers: true,
  description:
    'The baseline the evidence offers a target: the latest figure of record, or a placeholder where there is none.',
})
export class EvidenceBaseline {
  @Field(() => BaselineStatus)
  status: BaselineStatus;

  @Field(() => String, { nullable: true })
  period: string | null;

  @Field(() => Float, { nullable: true })
  value: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Everything the evidence says about one indicator in one area: series, trend, baseline and benchmark.',
})
export class IndicatorEvidence {
  @Field()
  indicatorCode: string;

  @Field()
  areaCode: string;

  @Field(() => [FigureOfRecord], { description: 'One figure per period, oldest first.' })
  series: FigureOfRecord[];

  /**
   * Not in the schema: what a parent already read for many indicators at once (the evidence profile), so that the
   * field resolvers answer from it instead of a loader each. What is absent they read or compute as before.
   */
  known?: KnownEvidence;
}

/** An indicator evidence's answers read ahead; `benchmark` is the default period's (none asked). */
export interface KnownEvidence {
  indicator?: Indicator;
  trend?: Trend;
  benchmark?: Benchmark | null;
}
