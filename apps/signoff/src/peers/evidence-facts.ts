import { PeerSubgraphs } from '@laa/subgraph';

/** One indicator's evidence in the area, as the evidence subgraph computes it: figures of record, trend, benchmark. */
export interface IndicatorEvidenceFact {
  indicator: { code: string; title: string | null };
  /** Oldest first; value null for an unresolved rival figure. */
  series: { period: string; value: number | null; provisional: boolean }[];
  trend: { direction: string };
  benchmark: { period: string; quartile: number | null; areasRanked: number } | null;
}

/** The latest version of the area's story of place, with the evidence behind each claim. */
export interface StoryOfPlaceFact {
  version: number;
  placeToday: string;
  ambition: string;
  synthetic: boolean;
  signOff: { signedOffBy: string; signedOffAt: string; note: string } | null;
  claims: { statement: string; evidence: IndicatorEvidenceFact[]; softEvidence: { title: string; source: string }[] }[];
}

/** What the recommendation's section 3 quotes from the evidence base. */
export interface PlaceEvidence {
  /** False when the evidence base was not read (a demo recommendation made from the demo data alone). */
  read: boolean;
  storyOfPlace: StoryOfPlaceFact | null;
  /** Each target indicator the evidence holds, by code. */
  indicators: ReadonlyMap<string, IndicatorEvidenceFact>;
}

const EVIDENCE =
  'indicator { code title } series { period value provisional } trend { direction } benchmark { period quartile areasRanked }';
const STORY = `storyOfPlace { version placeToday ambition synthetic signOff { signedOffBy signedOffAt note }
  claims { statement evidence { ${EVIDENCE} } softEvidence { title source } } }`;

/** Below the subgraphs' alias limit (30), whatever else the query aliases. */
export const ALIASES_PER_CALL = 25;

const inChunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / ALIASES_PER_CALL) }, (_, i) =>
    items.slice(i * ALIASES_PER_CALL, (i + 1) * ALIASES_PER_CALL),
  );

/** Variables $c0, $c1, ... for a list of indicator codes, and their declarations: codes never go into the query text. */
function codeVariables(codes: string[]) {
  return {
    declarations: codes.map((_, i) => `, $c${i}: String!`).join(''),
    values: Object.fromEntries(codes.map((code, i) => [`c${i}`, code])),
  };
}

/**
 * Reads what a recommendation quotes from the evidence subgraph, on the caller's behalf (the story of place is draft
 * content): the area's story of place, which target indicators the evidence holds, then their evidence, the last two in
 * calls of at most ALIASES_PER_CALL indicators (a subgraph refuses more aliases than its limit, and an agreement holds up
 * to 35 designated targets, the statutory set and its local ones).
 */
export class EvidenceFactsClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  async forPlace(
    areaCode: string,
    indicatorCodes: readonly string[],
    authorization: string | undefined,
  ): Promise<PlaceEvidence> {
    const representations = [{ __typename: 'Area', code: areaCode }];
    const { _entities } = await this.peers.query<
      { _entities: ({ storyOfPlace: StoryOfPlaceFact | null } | null)[] },
      Record<string, unknown>
    >(
      'evidence',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { ${STORY} } } }`,
      { representations },
      authorization,
    );
    const indicators = new Map<string, IndicatorEvidenceFact>();
    for (const chunk of inChunks(await this.heldOf([...new Set(indicatorCodes)], authorization))) {
      const vars = codeVariables(chunk);
      const fields = chunk.map((_, i) => `e${i}: indicatorEvidence(indicator: $c${i}) { ${EVIDENCE} }`).join(' ');
      const answer = await this.peers.query<
        { _entities: (Record<string, IndicatorEvidenceFact> | null)[] },
        Record<string, unknown>
      >(
        'evidence',
        `query ($representations: [_Any!]!${vars.declarations}) { _entities(representations: $representations) { ... on Area { ${fields} } } }`,
        { representations, ...vars.values },
        authorization,
      );
      chunk.forEach((code, i) => {
        const evidence = answer._entities[0]?.[`e${i}`];
        if (evidence) indicators.set(code, evidence);
      });
    }
    return { read: true, storyOfPlace: _entities[0]?.storyOfPlace ?? null, indicators };
  }

  /** The indicators the evidence holds: a local target's own indicator not defined there has no evidence to quote. */
  private async heldOf(codes: string[], authorization: string | undefined): Promise<string[]> {
    const held: string[] = [];
    for (const chunk of inChunks(codes)) {
      const vars = codeVariables(chunk);
      const known = chunk.map((_, i) => `i${i}: indicator(code: $c${i}) { code }`).join(' ');
      const answer = await this.peers.query<Record<string, { code: string } | null>, Record<string, unknown>>(
        'evidence',
        `query (${vars.declarations.slice(2)}) { ${known} }`,
        vars.values,
        authorization,
      );
      held.push(...chunk.filter((_, i) => answer[`i${i}`]));
    }
    return held;
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

const STATUTORY_SET = '{ indicators(statutoryDcsf: true) { code title statutoryDcsfStatus } }';
const STRETCH = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target { id
  stretch { judgement summary belowTrend strongPerformerWithoutLocalReason } } } }`;

/** Reads the statutory set in force and each target's stretch, on the caller's behalf (two calls whatever the number of targets). */
export async function assessmentEvidence(
  peers: PeerSubgraphs,
  areaCode: string,
  targets: readonly StretchSubject[],
  authorization: string | undefined,
): Promise<AssessmentEvidence> {
  const { indicators } = await peers.query<{ indicators: StatutoryIndicatorFact[] }, Record<string, unknown>>(
    'evidence',
    STATUTORY_SET,
    {},
    authorization,
  );
  const representations = targets.map((t) => ({
    __typename: 'Target',
    id: t.id,
    indicatorCode: t.indicator.code,
    areaCode,
    kind: t.kind,
    levels: t.levels,
    localReason: t.localReason,
    baseline: t.baseline ? { period: t.baseline.period, value: t.baseline.value } : null,
  }));
  const stretch = new Map<string, StretchFact>();
  if (representations.length) {
    const { _entities } = await peers.query<
      { _entities: ({ id: string; stretch: StretchFact | null } | null)[] },
      Record<string, unknown>
    >('evidence', STRETCH, { representations }, authorization);
    _entities.forEach((entity) => {
      if (entity?.stretch) stretch.set(entity.id, entity.stretch);
    });
  }
  return { read: true, statutorySet: indicators, stretch };
}
