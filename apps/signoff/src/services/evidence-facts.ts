import { entitiesOf, PeerSubgraphs } from '@laa/subgraph';
import { graphql } from '../peers/gql';
import type { AreaStoryFactFragment, IndicatorEvidenceFactFragment } from '../peers/gql/graphql';

/** One indicator's evidence in the area, as the evidence subgraph computes it: figures of record, trend, benchmark (series oldest first). */
const INDICATOR_EVIDENCE = graphql(`fragment IndicatorEvidenceFact on IndicatorEvidence {
  indicator { code title } series { period value provisional } trend { direction } benchmark { period quartile areasRanked } }`);
export type IndicatorEvidenceFact = IndicatorEvidenceFactFragment;

/** The latest version of the area's story of place, with the evidence behind each claim. */
const STORY = graphql(`fragment AreaStoryFact on Area { __typename storyOfPlace { version placeToday ambition synthetic signOff { signedOffBy signedOffAt note }
  claims { statement evidence { ...IndicatorEvidenceFact } softEvidence { title source } } } }`);
export type StoryOfPlaceFact = NonNullable<AreaStoryFactFragment['storyOfPlace']>;

/** What the recommendation's section 3 quotes from the evidence base. */
export interface PlaceEvidence {
  /** False when the evidence base was not read (a demo recommendation made from the demo data alone). */
  read: boolean;
  storyOfPlace: StoryOfPlaceFact | null;
  /** Each target indicator the evidence holds, by code. */
  indicators: ReadonlyMap<string, IndicatorEvidenceFact>;
}

/** Variables $c0, $c1, ... for a list of indicator codes, and their declarations: codes never go into the query text. */
function codeVariables(codes: string[]) {
  return {
    declarations: codes.map((_, i) => `, $c${i}: String!`).join(''),
    values: Object.fromEntries(codes.map((code, i) => [`c${i}`, code])),
  };
}

/**
 * Reads what a recommendation quotes from the evidence subgraph, on the caller's behalf (the story of place is draft
 * content): the area's story of place and the evidence of each target indicator. Two calls whatever the number of
 * targets: which indicators the evidence holds (with the story), then their evidence.
 */
export class EvidenceFactsClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  async forPlace(areaCode: string, indicatorCodes: readonly string[], authorization: string | undefined): Promise<PlaceEvidence> {
    const codes = [...new Set(indicatorCodes)];
    const representations = [{ __typename: 'Area', code: areaCode }];
    const asked = codeVariables(codes);
    const known = codes.map((_, i) => `i${i}: indicator(code: $c${i}) { code }`).join(' ');
    // Assembled at run time (one alias per indicator) around the generated fragments, which the compiler checks.
    const first = await this.peers.query<{ _entities: (AreaStoryFactFragment | null)[] } & Record<string, { code: string } | null>, Record<string, unknown>>(
      'evidence',
      `query StoryAndIndicators($representations: [_Any!]!${asked.declarations}) { _entities(representations: $representations) { ...AreaStoryFact } ${known} } ${STORY.toString()}`,
      { representations, ...asked.values },
      authorization,
    );
    // Indicators the evidence does not hold (a local target's own indicator not defined there) have no evidence to quote.
    const held = codes.filter((_, i) => first[`i${i}`]);
    const indicators = new Map<string, IndicatorEvidenceFact>();
    if (held.length) {
      const vars = codeVariables(held);
      const fields = held.map((_, i) => `e${i}: indicatorEvidence(indicator: $c${i}) { ...IndicatorEvidenceFact }`).join(' ');
      const second = await this.peers.query<{ _entities: (Record<string, IndicatorEvidenceFact> | null)[] }, Record<string, unknown>>(
        'evidence',
        `query IndicatorsEvidence($representations: [_Any!]!${vars.declarations}) { _entities(representations: $representations) { ... on Area { ${fields} } } } ${INDICATOR_EVIDENCE.toString()}`,
        { representations, ...vars.values },
        authorization,
      );
      const area = second._entities[0];
      held.forEach((code, i) => {
        const evidence = area?.[`e${i}`];
        if (evidence) indicators.set(code, evidence);
      });
    }
    return { read: true, storyOfPlace: entitiesOf(first._entities, 'Area')[0]?.storyOfPlace ?? null, indicators };
  }
}

/** An indicator of the statutory DCSF set in force, and how sure the reference data is that it belongs there. */
export interface StatutoryIndicatorFact {
  code: string;
  title: string | null;
  /** SOURCED, INFERRED, UNVERIFIED or MISSING: the list is shown with its mark. */
  statutoryDcsfStatus: string;
}

/** A target's stretch as the evidence subgraph judges it (Target.stretch). */
export interface StretchFact {
  judgement: string;
  summary: string;
  belowTrend: boolean;
  strongPerformerWithoutLocalReason: boolean;
}

/** What the recommendation's assessment sections read from the evidence base: the statutory set and each target's stretch. */
export interface AssessmentEvidence {
  /** False when the evidence base was not read (a demo recommendation made from the demo data alone). */
  read: boolean;
  statutorySet: StatutoryIndicatorFact[];
  /** By target id; a target the evidence cannot judge (a local indicator) is absent. */
  stretch: ReadonlyMap<string, StretchFact>;
}

/** A target as the evidence subgraph's Target.stretch needs it passed (the fields it @requires). */
export interface StretchSubject {
  id: string;
  kind: string;
  levels: (number | null)[];
  indicator: { code: string };
  localReason: string | null;
  baseline: { value: number; period: string } | null;
}

const STATUTORY_SET = graphql(`query StatutorySet { indicators(statutoryDcsf: true) { code title statutoryDcsfStatus } }`);
const STRETCH = graphql(`query TargetStretch($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target { __typename id
  stretch { judgement summary belowTrend strongPerformerWithoutLocalReason } } } }`);

/** Reads the statutory set in force and each target's stretch, on the caller's behalf (two calls whatever the number of targets). */
export async function assessmentEvidence(peers: PeerSubgraphs, areaCode: string, targets: readonly StretchSubject[], authorization: string | undefined): Promise<AssessmentEvidence> {
  const { indicators } = await peers.query('evidence', STATUTORY_SET, {}, authorization);
  const representations = targets.map((t) => ({
    __typename: 'Target', id: t.id, indicatorCode: t.indicator.code, areaCode, kind: t.kind, levels: t.levels, localReason: t.localReason,
    baseline: t.baseline ? { period: t.baseline.period, value: t.baseline.value } : null,
  }));
  const stretch = new Map<string, StretchFact>();
  if (representations.length) {
    const answer = await peers.query('evidence', STRETCH, { representations }, authorization);
    entitiesOf(answer._entities, 'Target').forEach((entity) => {
      if (entity?.stretch) stretch.set(entity.id, entity.stretch);
    });
  }
  return { read: true, statutorySet: indicators, stretch };
}
