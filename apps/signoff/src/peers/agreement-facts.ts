import { Department, Theme } from '@laa/domain';
import { notFound } from '@laa/errors';
import { entitiesOf, PeerSubgraphs } from '@laa/subgraph';
import { graphql } from './gql';
import type { LeadPartner } from '../rules/partners-agreed';

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

/** An indicator's department as the reference data gives it (the evidence subgraph serves it). */
export interface IndicatorDepartmentFact {
  code: string;
  department: Department | null;
  /** The source's own wording where it says more, e.g. "Defra (DECC from Oct 2008)". */
  departmentNote: string | null;
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
  /** The statutory DCSF indicators in force today without a statutory target with levels (agreements judges it on its copy of the set). */
  missingStatutoryIndicators: string[];
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
  /** The target's LAA theme: a theme lead signs off only targets in the themes they lead. */
  theme: Theme;
}

/** A target as the recommendation reads it: its content, theme and priority, and what its stretch and baseline sections need. */
export type RecommendedTargetFact = TargetContentFact & {
  theme: string;
  priority: { id: string } | null;
  /** True while the baseline is missing or provisional; baselineDueBy says by when it must be set. */
  placeholder: boolean;
  baselineDueBy: string | null;
  localReason: string | null;
  leadPartner: { id: string } | null;
  /** The recorded deferral of its baseline (the 2008 practice): asked, approved or refused by the GO, with the date it is due. */
  baselineDeferral?: { status: string; reason: string; dueBy: string; decidedBy: string | null } | null;
};

/** A case conference as the recommendation reports it: when, who was invited, and what it decided on each agenda point. */
export interface ConferenceFact {
  heldOn: string;
  invitedDepartments: string[];
  invitedOthers: string[];
  agenda: { point: { title: string }; outcome: string | null; resolvesPoint: boolean }[];
}

/** A negotiation point as the recommendation reports it (the Deputy Regional Director's decisions). */
export interface PointFact {
  title: string;
  status: string;
  decision: string | null;
  decidedBy: { name: string } | null;
  decidedAt: string | null;
}

export interface RecommendationFacts extends AgreementFacts {
  firstYear: number;
  /** True for a generated demo agreement: its recommendation says so. */
  synthetic: boolean;
  targets: RecommendedTargetFact[];
  priorities: {
    id: string;
    title: string;
    description: string;
    tier: number | null;
    criteriaMet: string[];
    assessmentReason: string | null;
  }[];
  /** The cause-and-effect graph: CONTRIBUTES_TO edges are the links between priorities (and to indicators). */
  priorityGraph: {
    nodes: { id: string; label: string }[];
    edges: { from: string; to: string; kind: string; description: string }[];
  };
  caseConferences: ConferenceFact[];
  negotiationPoints: PointFact[];
}

/** The latest version of an area's story of place, as the evidence subgraph keeps it. */
export interface StoryFacts {
  id: string;
  version: number;
  signOff: { signedOffBy: string } | null;
}

export interface PlaceFacts {
  place: {
    name: string;
    region: { name: string; governmentOffice: string };
    partnership: { name: string; members: { organisation: string; sector: string }[] } | null;
  } | null;
}

const AGREEMENT = graphql(`
  query AgreementFacts($id: ID!) {
    agreement(id: $id) {
      id
      stage
      area {
        code
      }
    }
  }
`);
const DRAFT = graphql(`
  query DraftFacts($id: ID!) {
    agreement(id: $id) {
      id
      stage
      area {
        code
      }
      openNegotiationPoints {
        id
        title
        department
        raisedByRole
        ageInDays
      }
      missingStatutoryIndicators
      targets {
        id
        version
        kind
        indicator {
          code
        }
        localIndicatorTitle
        levels
        baseline {
          value
          period
        }
        placeholder
        baselineDeferral {
          status
          dueBy
        }
      }
    }
  }
`);
const TARGET = graphql(`
  query TargetFacts($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Target {
        __typename
        id
        version
        kind
        theme
        levels
        indicator {
          code
        }
        localIndicatorTitle
        baseline {
          value
          period
        }
        agreement {
          id
          stage
          area {
            code
          }
        }
      }
    }
  }
`);
const RECOMMENDATION = graphql(`
  query RecommendationFacts($id: ID!) {
    agreement(id: $id) {
      id
      stage
      firstYear
      synthetic
      area {
        code
      }
      targets {
        id
        version
        kind
        theme
        levels
        indicator {
          code
        }
        localIndicatorTitle
        baseline {
          value
          period
        }
        priority {
          id
        }
        placeholder
        baselineDueBy
        localReason
        leadPartner {
          id
        }
        baselineDeferral {
          status
          reason
          dueBy
          decidedBy
        }
      }
      priorities {
        id
        title
        description
        tier
        criteriaMet
        assessmentReason
      }
      priorityGraph {
        nodes {
          id
          label
        }
        edges {
          from
          to
          kind
          description
        }
      }
      caseConferences {
        heldOn
        invitedDepartments
        invitedOthers
        agenda {
          point {
            title
          }
          outcome
          resolvesPoint
        }
      }
      negotiationPoints(includeClosed: true) {
        title
        status
        decision
        decidedBy {
          name
        }
        decidedAt
      }
    }
  }
`);
const AREAS = graphql(`
  query AgreementAreas($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Agreement {
        __typename
        id
        area {
          code
        }
      }
    }
  }
`);
const STORY = graphql(`
  query StoryFacts($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Area {
        __typename
        storyOfPlace {
          id
          version
          signOff {
            signedOffBy
          }
        }
      }
    }
  }
`);
const INDICATOR_DEPARTMENT = graphql(`
  query IndicatorDepartment($code: String!) {
    indicator(code: $code) {
      code
      department
      departmentNote
    }
  }
`);
const LEADS = graphql(`
  query LeadPartners($id: ID!) {
    agreement(id: $id) {
      area {
        code
      }
      targets {
        kind
        indicator {
          code
        }
        leadPartner {
          id
        }
      }
    }
  }
`);
const MEMBERS = graphql(`
  query PartnershipMembers($code: String!) {
    area(code: $code) {
      partnership {
        members {
          id
          organisation
        }
      }
    }
  }
`);
const PLACE = graphql(`
  query PlaceFacts($code: String!) {
    area(code: $code) {
      name
      region {
        name
        governmentOffice
      }
      partnership {
        name
        members {
          organisation
          sector
        }
      }
    }
  }
`);

/** Reads the facts sign-off rules need from the region's other subgraphs, on the caller's behalf. */
export class AgreementFactsClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  /** Public facts: the agreement's area and negotiation stage. */
  async agreement(id: string): Promise<AgreementFacts> {
    const { agreement } = await this.peers.query('agreements', AGREEMENT, { id });
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  /** The area of each agreement (public facts), in one call for many: who may read an agreement's drafts depends on it. */
  async areasOf(ids: readonly string[]): Promise<{ id: string; areaCode: string }[]> {
    const answer = await this.peers.query('agreements', AREAS, {
      representations: ids.map((id) => ({ __typename: 'Agreement', id })),
    });
    return entitiesOf(answer._entities, 'Agreement').flatMap((e) => (e ? [{ id: e.id, areaCode: e.area.code }] : []));
  }

  /** Draft facts (the caller must be a draft reader): open negotiation points and the targets' versions. */
  async draft(id: string, authorization: string | undefined): Promise<DraftFacts> {
    const { agreement } = await this.peers.query('agreements', DRAFT, { id }, authorization);
    if (!agreement) throw notFound('Agreement', id);
    return agreement;
  }

  async target(id: string, authorization: string | undefined): Promise<TargetFacts> {
    const answer = await this.peers.query(
      'agreements',
      TARGET,
      { representations: [{ __typename: 'Target', id }] },
      authorization,
    );
    const [target] = entitiesOf(answer._entities, 'Target');
    if (!target) throw notFound('Target', id);
    return target;
  }

  /** An indicator's department in the reference data (public; the evidence subgraph keeps the indicator set), null if evidence does not hold it. */
  async indicatorDepartment(code: string, authorization: string | undefined): Promise<IndicatorDepartmentFact | null> {
    const { indicator } = await this.peers.query('evidence', INDICATOR_DEPARTMENT, { code }, authorization);
    return indicator;
  }

  /** The area's latest story of place (draft content: the caller must read the area's drafts), null if it has none. */
  async storyOfPlace(areaCode: string, authorization: string | undefined): Promise<StoryFacts | null> {
    const answer = await this.peers.query(
      'evidence',
      STORY,
      { representations: [{ __typename: 'Area', code: areaCode }] },
      authorization,
    );
    return entitiesOf(answer._entities, 'Area')[0]?.storyOfPlace ?? null;
  }

  /** Every partner leading a target of the agreement, with its organisation as the partnership lists it (draft content). */
  async leadPartners(id: string, authorization: string | undefined): Promise<LeadPartner[]> {
    const { agreement } = await this.peers.query('agreements', LEADS, { id }, authorization);
    if (!agreement) throw notFound('Agreement', id);
    const led = agreement.targets.filter((t) => t.leadPartner);
    if (!led.length) return [];
    const { area } = await this.peers.query('partners', MEMBERS, { code: agreement.area.code }, authorization);
    const members = new Map((area?.partnership?.members ?? []).map((m) => [m.id, m.organisation]));
    const ids = [...new Set(led.map((t) => t.leadPartner!.id))];
    return ids.map((leadId) => ({
      id: leadId,
      organisation: members.get(leadId) ?? null,
      targets: led.filter((t) => t.leadPartner!.id === leadId).map((t) => t.indicator.code),
    }));
  }

  async forRecommendation(id: string, authorization: string | undefined): Promise<RecommendationFacts & PlaceFacts> {
    const { agreement } = await this.peers.query('agreements', RECOMMENDATION, { id }, authorization);
    if (!agreement) throw notFound('Agreement', id);
    const { area } = await this.peers.query('partners', PLACE, { code: agreement.area.code }, authorization);
    return { ...agreement, place: area };
  }
}
