/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Department } from '@laa/domain';
import type { PriorityCriterion } from '@laa/domain';
import type { Theme } from '@laa/domain';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The negotiation stage of an agreement; its sign-off stage is Agreement.signOff.stage. */
export type AgreementStage =
  /** Agreeing indicators from the national set and local ones (January). */
  | 'INDICATORS'
  /** Negotiating priority outcomes (by November). */
  | 'PRIORITIES'
  /** Agreeing the local process map: milestones, governance, who decides what. */
  | 'PROCESS_MAP'
  /** Submitted for sign-off. */
  | 'SUBMITTED'
  /** Negotiating target levels (by spring). */
  | 'TARGETS';

export type BaselineDeferralStatus =
  /** Approved by the GO (relationship manager, Deputy or Regional Director): the target may be signed without its baseline, which is due by dueBy. */
  | 'APPROVED'
  /** Refused by the GO: the target needs its baseline before signature (or a new request). */
  | 'REFUSED'
  /** Asked for; the GO has not decided. */
  | 'REQUESTED';

export { Department };

/** Every target of an agreement at the version Ministers are signing, under sign-off's key for the attempt. */
export type FenceAgreementInput = {
  agreementId: string | number;
  attemptId: string | number;
  targets: Array<FencedTargetInput>;
};

/** A target at the version being signed. */
export type FencedTargetInput = {
  targetId: string | number;
  version: number;
};

/** Where a negotiation point stands; OPEN and ESCALATED points are still open. */
export type NegotiationPointStatus =
  /** Escalated (e.g. to the Deputy Regional Director or a case conference); still open. */
  | 'ESCALATED'
  /** Raised and under discussion. */
  | 'OPEN'
  /** Resolved, with a reason. */
  | 'RESOLVED'
  /** Withdrawn, with a reason. */
  | 'WITHDRAWN';

/** The sector a partner of the LSP comes from. */
export type PartnerSector =
  | 'BUSINESS'
  | 'COUNCIL'
  | 'DISTRICT_COUNCIL'
  | 'FIRE_AND_RESCUE'
  | 'JOBCENTRE_PLUS'
  | 'POLICE'
  | 'PRIMARY_CARE_TRUST'
  | 'REGIONAL_BODY'
  | 'VOLUNTARY_COMMUNITY_FAITH';

/** The baseline a CHANGE_BASELINE approval sets. */
export type PermitBaselineInput = {
  period: string;
  provisional: boolean;
  source: string;
  value: number;
};

export { PriorityCriterion };

export type PriorityGraphEdgeKind =
  /** Cause and effect: working on the first helps the second. */
  | 'CONTRIBUTES_TO'
  /** A target of the priority uses the indicator. */
  | 'MEASURED_BY';

export type TargetKind =
  /** One of up to 35 improvement targets negotiated with government from the national set. */
  | 'DESIGNATED'
  /** A local target: set locally, no central negotiation or reporting. */
  | 'LOCAL'
  /** A statutory education and early years target (DCSF). */
  | 'STATUTORY_DCSF';

/** An approved change of a signed agreement, keyed by sign-off's change request. */
export type TargetPermitInput = {
  agreementId: string | number;
  baseline?: PermitBaselineInput | null | undefined;
  change: string;
  id: string | number;
  levels?: Array<number | null | undefined> | null | undefined;
  targetId?: string | number | null | undefined;
};

export { Theme };

export type AgreementFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementFactsQuery = { agreement: { id: string, stage: AgreementStage, area: { code: string } } | null };

export type DraftFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftFactsQuery = { agreement: { id: string, stage: AgreementStage, missingStatutoryIndicators: Array<string>, area: { code: string }, openNegotiationPoints: Array<{ id: string, title: string, department: string | null, raisedByRole: string, ageInDays: number }>, targets: Array<{ id: string, version: number, kind: TargetKind, localIndicatorTitle: string | null, levels: Array<number | null>, placeholder: boolean, indicator: { code: string }, baseline: { value: number, period: string } | null, baselineDeferral: { status: BaselineDeferralStatus, dueBy: string } | null }> } | null };

export type TargetFactsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type TargetFactsQuery = { _entities: Array<
    | { __typename: 'Target', id: string, version: number, kind: TargetKind, theme: Theme, levels: Array<number | null>, localIndicatorTitle: string | null, indicator: { code: string }, baseline: { value: number, period: string } | null, agreement: { id: string, stage: AgreementStage, area: { code: string } } }
    | Record<PropertyKey, never>
   | null> };

export type RecommendationFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationFactsQuery = { agreement: { id: string, stage: AgreementStage, firstYear: number, synthetic: boolean, area: { code: string }, targets: Array<{ id: string, version: number, kind: TargetKind, theme: Theme, levels: Array<number | null>, localIndicatorTitle: string | null, placeholder: boolean, baselineDueBy: string | null, localReason: string | null, indicator: { code: string }, baseline: { value: number, period: string } | null, priority: { id: string } | null, leadPartner: { id: string } | null, baselineDeferral: { status: BaselineDeferralStatus, reason: string, dueBy: string, decidedBy: string | null } | null }>, priorities: Array<{ id: string, title: string, description: string, tier: number | null, criteriaMet: Array<PriorityCriterion>, assessmentReason: string | null }>, priorityGraph: { nodes: Array<{ id: string, label: string }>, edges: Array<{ from: string, to: string, kind: PriorityGraphEdgeKind, description: string }> }, caseConferences: Array<{ heldOn: string, invitedDepartments: Array<Department>, invitedOthers: Array<string>, agenda: Array<{ outcome: string | null, resolvesPoint: boolean, point: { title: string } }> }>, negotiationPoints: Array<{ title: string, status: NegotiationPointStatus, decision: string | null, decidedAt: string | null, decidedBy: { name: string } | null }> } | null };

export type AgreementAreasQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type AgreementAreasQuery = { _entities: Array<
    | { __typename: 'Agreement', id: string, area: { code: string } }
    | Record<PropertyKey, never>
   | null> };

export type StoryFactsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type StoryFactsQuery = { _entities: Array<
    | { __typename: 'Area', storyOfPlace: { id: string, version: number, signOff: { signedOffBy: string } | null } | null }
    | Record<PropertyKey, never>
   | null> };

export type IndicatorDepartmentQueryVariables = Exact<{
  code: string;
}>;


export type IndicatorDepartmentQuery = { indicator: { code: string, department: Department | null, departmentNote: string | null } | null };

export type LeadPartnersQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPartnersQuery = { agreement: { area: { code: string }, targets: Array<{ kind: TargetKind, indicator: { code: string }, leadPartner: { id: string } | null }> } | null };

export type PartnershipMembersQueryVariables = Exact<{
  code: string;
}>;


export type PartnershipMembersQuery = { area: { partnership: { members: Array<{ id: string, organisation: string }> } | null } | null };

export type PlaceFactsQueryVariables = Exact<{
  code: string;
}>;


export type PlaceFactsQuery = { area: { name: string, region: { name: string, governmentOffice: string }, partnership: { name: string, members: Array<{ organisation: string, sector: PartnerSector }> } | null } | null };

export type FenceAgreementTargetsMutationVariables = Exact<{
  input: FenceAgreementInput;
}>;


export type FenceAgreementTargetsMutation = { fenceAgreementTargets: boolean };

export type ConfirmAgreementFenceMutationVariables = Exact<{
  agreementId: string | number;
}>;


export type ConfirmAgreementFenceMutation = { confirmAgreementFence: boolean };

export type ReleaseAgreementFenceMutationVariables = Exact<{
  agreementId: string | number;
  attemptId: string | number;
}>;


export type ReleaseAgreementFenceMutation = { releaseAgreementFence: boolean };

export type FenceTargetMutationVariables = Exact<{
  targetId: string | number;
  version: number;
}>;


export type FenceTargetMutation = { fenceTarget: boolean };

export type IssueTargetPermitMutationVariables = Exact<{
  input: TargetPermitInput;
}>;


export type IssueTargetPermitMutation = { issueTargetPermit: boolean };

export type RegionAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionAreasQuery = { areas: Array<{ code: string, name: string }> };

export type AreaAgreementsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type AreaAgreementsQuery = { _entities: Array<
    | { __typename: 'Area', code: string, agreement: { id: string, stage: AgreementStage } | null }
    | Record<PropertyKey, never>
   | null> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, unknown> | undefined;

  constructor(value: string, __meta__?: Record<string, unknown> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AgreementFactsDocument = new TypedDocumentString(`
    query AgreementFacts($id: ID!) {
  agreement(id: $id) {
    id
    stage
    area {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementFactsQuery, AgreementFactsQueryVariables>;
export const DraftFactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DraftFactsQuery, DraftFactsQueryVariables>;
export const TargetFactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<TargetFactsQuery, TargetFactsQueryVariables>;
export const RecommendationFactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RecommendationFactsQuery, RecommendationFactsQueryVariables>;
export const AgreementAreasDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AgreementAreasQuery, AgreementAreasQueryVariables>;
export const StoryFactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<StoryFactsQuery, StoryFactsQueryVariables>;
export const IndicatorDepartmentDocument = new TypedDocumentString(`
    query IndicatorDepartment($code: String!) {
  indicator(code: $code) {
    code
    department
    departmentNote
  }
}
    `) as unknown as TypedDocumentString<IndicatorDepartmentQuery, IndicatorDepartmentQueryVariables>;
export const LeadPartnersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LeadPartnersQuery, LeadPartnersQueryVariables>;
export const PartnershipMembersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PartnershipMembersQuery, PartnershipMembersQueryVariables>;
export const PlaceFactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlaceFactsQuery, PlaceFactsQueryVariables>;
export const FenceAgreementTargetsDocument = new TypedDocumentString(`
    mutation FenceAgreementTargets($input: FenceAgreementInput!) {
  fenceAgreementTargets(input: $input)
}
    `) as unknown as TypedDocumentString<FenceAgreementTargetsMutation, FenceAgreementTargetsMutationVariables>;
export const ConfirmAgreementFenceDocument = new TypedDocumentString(`
    mutation ConfirmAgreementFence($agreementId: ID!) {
  confirmAgreementFence(agreementId: $agreementId)
}
    `) as unknown as TypedDocumentString<ConfirmAgreementFenceMutation, ConfirmAgreementFenceMutationVariables>;
export const ReleaseAgreementFenceDocument = new TypedDocumentString(`
    mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) {
  releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId)
}
    `) as unknown as TypedDocumentString<ReleaseAgreementFenceMutation, ReleaseAgreementFenceMutationVariables>;
export const FenceTargetDocument = new TypedDocumentString(`
    mutation FenceTarget($targetId: ID!, $version: Int!) {
  fenceTarget(targetId: $targetId, version: $version)
}
    `) as unknown as TypedDocumentString<FenceTargetMutation, FenceTargetMutationVariables>;
export const IssueTargetPermitDocument = new TypedDocumentString(`
    mutation IssueTargetPermit($input: TargetPermitInput!) {
  issueTargetPermit(input: $input)
}
    `) as unknown as TypedDocumentString<IssueTargetPermitMutation, IssueTargetPermitMutationVariables>;
export const RegionAreasDocument = new TypedDocumentString(`
    query RegionAreas {
  areas {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RegionAreasQuery, RegionAreasQueryVariables>;
export const AreaAgreementsDocument = new TypedDocumentString(`
    query AreaAgreements($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area {
      __typename
      code
      agreement {
        id
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AreaAgreementsQuery, AreaAgreementsQueryVariables>;