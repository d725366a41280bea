import { notFound } from '@laa/errors';
import { PeerSubgraphs } from '@laa/subgraph';
import type { IndicatorDepartmentFact } from './confirming-department';

/** What sign-off asks of the agreements subgraph (it never reads that subgraph's tables). */
export interface AgreementFacts {
  id: string;
  stage: string;
  area: { code: string };
}

export interface TargetFact {
  id: string;
  version: number;
  kind: 'DESIGNATED' | 'STATUTORY_DCSF' | 'LOCAL';
  indicator: { code: string };
}

/** An open negotiation point, as the RD's refusal names it. */
export interface OpenPointFact {
  id: string;
  title: string;
  department: string | null;
  raisedByRole: string;
  ageInDays: number;
}

export interface DraftFacts extends AgreementFacts {
  openNegotiationPoints: OpenPointFact[];
  targets: DraftTargetFact[];
}

/** A target of the draft with what signature needs of its baseline: reliable (not a placeholder), or deferred with the GO's approval. */
export interface DraftTargetFact extends TargetContentFact {
  placeholder: boolean;
  baselineDeferral: { status: 'REQUESTED' | 'APPROVED' | 'REFUSED'; dueBy: string } | null;
}

/** A target as a signed version keeps it: enough to read what was signed without the agreements subgraph. */
export interface TargetContentFact extends TargetFact {
  levels: (number | null)[];
  localIndicatorTitle: string | null;
  baseline: { value: number; period: string } | null;
}

export interface TargetFacts extends TargetContentFact {
  agreement: AgreementFacts;
}

export interface RecommendationFacts extends AgreementFacts {
  firstYear: number;
  /** True for a generated demo agreement: its recommendation says so. */
  synthetic: boolean;
  targets: (TargetContentFact & { theme: string; priority: { id: string } | null })[];
  priorities: { id: string; title: string; description: string; tier: number | null; criteriaMet: string[]; assessmentReason: string | null }[];
}

/** The latest version of an area's story of place, as the evidence subgraph keeps it. */
export interface StoryFacts {
  id: string;
  version: number;
  signOff: { signedOffBy: string } | null;
}

export interface PlaceFacts {
  place: { name: string; region: { name: string; governmentOffice: string }; partnership: { name: string; members: { organisation: string; sector: string }[] } | null } | null;
}

const AGREEMENT = 'query ($id: ID!) { agreement(id: $id) { id stage area { code } } }';
const DRAFT = `query ($id: ID!) { agreement(id: $id) { id stage area { code }
  openNegotiationPoints { id title department raisedByRole ageInDays }
  targets { id version kind indicator { code } localIndicatorTitle levels baseline { value period } placeholder baselineDeferral { status dueBy } } } }`;
const TARGET = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target {
  id version kind levels indicator { code } localIndicatorTitle baseline { value period } agreement { id stage area { code } } } } }`;
const RECOMMENDATION = `query ($id: ID!) { agreement(id: $id) { id stage firstYear synthetic area { code }
  targets { id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } priority { id } }
  priorities { id title description tier criteriaMet assessmentReason } } }`;
const AREAS = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { id area { code } } } }';
const STORY = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { storyOfPlace { id version signOff { signedOffBy } } } } }';
const INDICATOR_DEPARTMENT = 'query ($code: String!) { indicator(code: $code) { code department departmentNote } }';
const PLACE = 'query ($code: String!) { area(code: $code) { name region { name governmentOffice } partnership { name members { organisation sector } } } }';

/** Reads the facts sign-off rules need from the region's other subgraphs, on the caller's behalf. */
export class AgreementFactsClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  /** Public facts: the agreement's area and negotiation stage. */
  async agreement(id: string): Promise<AgreementFacts> {
    const { agreement } = await this.peers.query<{ agreement: AgreementFacts | null }>('agreements', AGREEMENT, { id });
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  /** The area of each agreement (public facts), in one call for many: who may read an agreement's drafts depends on it. */
  async areasOf(ids: readonly string[]): Promise<{ id: string; areaCode: string }[]> {
    const { _entities } = await this.peers.query<{ _entities: ({ id: string; area: { code: string } } | null)[] }>(
      'agreements', AREAS, { representations: ids.map((id) => ({ __typename: 'Agreement', id })) },
    );
    return _entities.flatMap((e) => (e ? [{ id: e.id, areaCode: e.area.code }] : []));
  }

  /** Draft facts (the caller must be a draft reader): open negotiation points and the targets' versions. */
  async draft(id: string, authorization: string | undefined): Promise<DraftFacts> {
    const { agreement } = await this.peers.query<{ agreement: DraftFacts | null }>('agreements', DRAFT, { id }, authorization);
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  async target(id: string, authorization: string | undefined): Promise<TargetFacts> {
    const { _entities } = await this.peers.query<{ _entities: (TargetFacts | null)[] }>(
      'agreements', TARGET, { representations: [{ __typename: 'Target', id }] }, authorization,
    );
    const target = _entities[0];
    if (!target) throw notFound('Target', id);
    return target;
  }

  /** An indicator's department in the reference data (public; the evidence subgraph keeps the indicator set), null if evidence does not hold it. */
  async indicatorDepartment(code: string, authorization: string | undefined): Promise<IndicatorDepartmentFact | null> {
    const { indicator } = await this.peers.query<{ indicator: IndicatorDepartmentFact | null }>('evidence', INDICATOR_DEPARTMENT, { code }, authorization);
    return indicator;
  }

  /** The area's latest story of place (draft content: the caller must read the area's drafts), null if it has none. */
  async storyOfPlace(areaCode: string, authorization: string | undefined): Promise<StoryFacts | null> {
    const { _entities } = await this.peers.query<{ _entities: ({ storyOfPlace: StoryFacts | null } | null)[] }>(
      'evidence', STORY, { representations: [{ __typename: 'Area', code: areaCode }] }, authorization,
    );
    return _entities[0]?.storyOfPlace ?? null;
  }

  async forRecommendation(id: string, authorization: string | undefined): Promise<RecommendationFacts & PlaceFacts> {
    const { agreement } = await this.peers.query<{ agreement: RecommendationFacts | null }>('agreements', RECOMMENDATION, { id }, authorization);
    if (!agreement) throw notFound('Agreement', id);
    const { area } = await this.peers.query<{ area: PlaceFacts['place'] }>('partners', PLACE, { code: agreement.area.code }, authorization);
    return { ...agreement, place: area };
  }
}
