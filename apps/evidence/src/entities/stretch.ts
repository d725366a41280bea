import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { StretchJudgement } from '../services/stretch';
import { Benchmark } from './benchmark';
import { Trend } from './trend';

registerEnumType(StretchJudgement, {
  name: 'StretchJudgement',
  description: "How a target's levels stand against the area's own trend (see TargetStretch.rule).",
  valuesConfig: {
    BEYOND_TREND: { description: 'No year below the projection, and the last level set better than it.' },
    IN_LINE_WITH_TREND: { description: 'No year below the projection, the last level no better than it.' },
    BELOW_TREND: {
      description:
        "At least one year's level is worse than the trend projects: the target asks for less than the trend gives.",
    },
    NO_TREND: { description: 'The evidence has too few periods of record to fit a trend.' },
    POLARITY_UNKNOWN: { description: "The indicator's better direction is not known, so levels are not judged." },
    LEVELS_NOT_SET: { description: 'No level is set yet.' },
  },
});

@ObjectType({ description: "One agreement year: the target's level against the trend projection." })
export class StretchYear {
  @Field({ description: '2008/09, 2009/10 or 2010/11.' })
  period: string;

  @Field(() => Float, { nullable: true })
  level: number | null;

  @Field(() => Float, { nullable: true, description: "The area's trend projected to this year." })
  projected: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How much better than the projection the level is, in the better direction (negative: worse).',
  })
  beyondTrend: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The level is worse than the projection; null when it cannot be judged.',
  })
  belowTrend: boolean | null;
}

@ObjectType({
  description:
    "One data set, no rival data: the baseline a target was given against the evidence base's figure for that period.",
})
export class BaselineCheck {
  @Field()
  period: string;

  @Field(() => Float, { description: 'The baseline the target carries.' })
  targetValue: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure of record for the area and period; null where the evidence has none (or it is disputed).',
  })
  evidenceValue: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The two agree (to rounding: within 0.05 or 0.5%); false flags a baseline that is not the shared evidence; null without a figure.',
  })
  matchesEvidence: boolean | null;
}

@ObjectType({
  description: "The target's last level set against England and the area's similar areas, on the benchmark period.",
})
export class StretchComparison {
  @Field({ description: 'The period whose figures it is compared with.' })
  period: string;

  @Field(() => Float, { nullable: true, description: 'The last level set (year 3 once set).' })
  level: number | null;

  @Field(() => Float, { nullable: true })
  englandAverage: number | null;

  @Field(() => Float, { nullable: true })
  similarAreasAverage: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The worst figure still in England's best quarter of areas; null without a known polarity.",
  })
  topQuartileThreshold: number | null;

  @Field(() => Boolean, { nullable: true })
  beatsEnglandAverage: boolean | null;

  @Field(() => Boolean, { nullable: true })
  beatsSimilarAreas: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "The level would be in England's top quartile of the benchmark period.",
  })
  reachesTopQuartile: boolean | null;
}

@ObjectType({
  description: "How ambitious a target is: against the area's own trend, England's top quartile and similar areas.",
})
export class TargetStretch {
  @Field(() => StretchJudgement)
  judgement: StretchJudgement;

  @Field({ description: "True when some year's level is worse than the trend projects (judgement BELOW_TREND)." })
  belowTrend: boolean;

  @Field(() => [StretchYear], { description: 'The three agreement years.' })
  years: StretchYear[];

  @Field(() => Trend, { description: "The area's trend for the indicator, fitted on the evidence." })
  trend: Trend;

  @Field(() => Benchmark, {
    nullable: true,
    description: 'The area on the benchmark period; null where the area has no figure of record.',
  })
  benchmark: Benchmark | null;

  @Field(() => StretchComparison, { nullable: true })
  comparison: StretchComparison | null;

  @Field({
    description: "The area is in England's top quartile on the benchmark period and its trend is not slipping.",
  })
  strongPerformer: boolean;

  @Field({
    description:
      "A designated target where the area already performs strongly, with no local reason: the flag of the source's rule.",
  })
  strongPerformerWithoutLocalReason: boolean;

  @Field(() => BaselineCheck, {
    nullable: true,
    description:
      "The target's baseline against the evidence base's figure of record for its period; null without a baseline.",
  })
  baselineCheck: BaselineCheck | null;

  @Field({
    description:
      "True when the indicator's polarity is not known and the levels are judged on the direction stated with the target (Target.intendedDirection), not on reference data.",
  })
  directionStated: boolean;

  @Field({ description: 'The judgement in a sentence, for people.' })
  summary: string;

  @Field({ description: 'How every figure here is judged.' })
  rule: string;
}
