/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation FenceAgreementTargets($input: FenceAgreementInput!) { fenceAgreementTargets(input: $input) }": typeof types.FenceAgreementTargetsDocument,
    "mutation ConfirmAgreementFence($agreementId: ID!) { confirmAgreementFence(agreementId: $agreementId) }": typeof types.ConfirmAgreementFenceDocument,
    "mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) { releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId) }": typeof types.ReleaseAgreementFenceDocument,
    "mutation FenceTarget($targetId: ID!, $version: Int!) { fenceTarget(targetId: $targetId, version: $version) }": typeof types.FenceTargetDocument,
    "mutation IssueTargetPermit($input: TargetPermitInput!) { issueTargetPermit(input: $input) }": typeof types.IssueTargetPermitDocument,
    "query AgreementFacts($id: ID!) { agreement(id: $id) { id stage area { code } } }": typeof types.AgreementFactsDocument,
    "query DraftFacts($id: ID!) { agreement(id: $id) { id stage area { code }\n  openNegotiationPoints { id title department raisedByRole ageInDays } missingStatutoryIndicators\n  targets { id version kind indicator { code } localIndicatorTitle levels baseline { value period } placeholder baselineDeferral { status dueBy } } } }": typeof types.DraftFactsDocument,
    "query TargetFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target {\n  __typename id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } agreement { id stage area { code } } } } }": typeof types.TargetFactsDocument,
    "query RecommendationFacts($id: ID!) { agreement(id: $id) { id stage firstYear synthetic area { code }\n  targets { id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } priority { id }\n    placeholder baselineDueBy localReason leadPartner { id } baselineDeferral { status reason dueBy decidedBy } }\n  priorities { id title description tier criteriaMet assessmentReason }\n  priorityGraph { nodes { id label } edges { from to kind description } }\n  caseConferences { heldOn invitedDepartments invitedOthers agenda { point { title } outcome resolvesPoint } }\n  negotiationPoints(includeClosed: true) { title status decision decidedBy { name } decidedAt } } }": typeof types.RecommendationFactsDocument,
    "query AgreementAreas($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { __typename id area { code } } } }": typeof types.AgreementAreasDocument,
    "query StoryFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename storyOfPlace { id version signOff { signedOffBy } } } } }": typeof types.StoryFactsDocument,
    "query IndicatorDepartment($code: String!) { indicator(code: $code) { code department departmentNote } }": typeof types.IndicatorDepartmentDocument,
    "query LeadPartners($id: ID!) { agreement(id: $id) { area { code } targets { kind indicator { code } leadPartner { id } } } }": typeof types.LeadPartnersDocument,
    "query PartnershipMembers($code: String!) { area(code: $code) { partnership { members { id organisation } } } }": typeof types.PartnershipMembersDocument,
    "query PlaceFacts($code: String!) { area(code: $code) { name region { name governmentOffice } partnership { name members { organisation sector } } } }": typeof types.PlaceFactsDocument,
    "query RegionAreas { areas { code name } }": typeof types.RegionAreasDocument,
    "query AreaAgreements($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename code agreement { id stage } } } }": typeof types.AreaAgreementsDocument,
};
const documents: Documents = {
    "mutation FenceAgreementTargets($input: FenceAgreementInput!) { fenceAgreementTargets(input: $input) }": types.FenceAgreementTargetsDocument,
    "mutation ConfirmAgreementFence($agreementId: ID!) { confirmAgreementFence(agreementId: $agreementId) }": types.ConfirmAgreementFenceDocument,
    "mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) { releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId) }": types.ReleaseAgreementFenceDocument,
    "mutation FenceTarget($targetId: ID!, $version: Int!) { fenceTarget(targetId: $targetId, version: $version) }": types.FenceTargetDocument,
    "mutation IssueTargetPermit($input: TargetPermitInput!) { issueTargetPermit(input: $input) }": types.IssueTargetPermitDocument,
    "query AgreementFacts($id: ID!) { agreement(id: $id) { id stage area { code } } }": types.AgreementFactsDocument,
    "query DraftFacts($id: ID!) { agreement(id: $id) { id stage area { code }\n  openNegotiationPoints { id title department raisedByRole ageInDays } missingStatutoryIndicators\n  targets { id version kind indicator { code } localIndicatorTitle levels baseline { value period } placeholder baselineDeferral { status dueBy } } } }": types.DraftFactsDocument,
    "query TargetFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target {\n  __typename id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } agreement { id stage area { code } } } } }": types.TargetFactsDocument,
    "query RecommendationFacts($id: ID!) { agreement(id: $id) { id stage firstYear synthetic area { code }\n  targets { id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } priority { id }\n    placeholder baselineDueBy localReason leadPartner { id } baselineDeferral { status reason dueBy decidedBy } }\n  priorities { id title description tier criteriaMet assessmentReason }\n  priorityGraph { nodes { id label } edges { from to kind description } }\n  caseConferences { heldOn invitedDepartments invitedOthers agenda { point { title } outcome resolvesPoint } }\n  negotiationPoints(includeClosed: true) { title status decision decidedBy { name } decidedAt } } }": types.RecommendationFactsDocument,
    "query AgreementAreas($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { __typename id area { code } } } }": types.AgreementAreasDocument,
    "query StoryFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename storyOfPlace { id version signOff { signedOffBy } } } } }": types.StoryFactsDocument,
    "query IndicatorDepartment($code: String!) { indicator(code: $code) { code department departmentNote } }": types.IndicatorDepartmentDocument,
    "query LeadPartners($id: ID!) { agreement(id: $id) { area { code } targets { kind indicator { code } leadPartner { id } } } }": types.LeadPartnersDocument,
    "query PartnershipMembers($code: String!) { area(code: $code) { partnership { members { id organisation } } } }": types.PartnershipMembersDocument,
    "query PlaceFacts($code: String!) { area(code: $code) { name region { name governmentOffice } partnership { name members { organisation sector } } } }": types.PlaceFactsDocument,
    "query RegionAreas { areas { code name } }": types.RegionAreasDocument,
    "query AreaAgreements($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename code agreement { id stage } } } }": types.AreaAgreementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FenceAgreementTargets($input: FenceAgreementInput!) { fenceAgreementTargets(input: $input) }"): typeof import('./graphql').FenceAgreementTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAgreementFence($agreementId: ID!) { confirmAgreementFence(agreementId: $agreementId) }"): typeof import('./graphql').ConfirmAgreementFenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) { releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId) }"): typeof import('./graphql').ReleaseAgreementFenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FenceTarget($targetId: ID!, $version: Int!) { fenceTarget(targetId: $targetId, version: $version) }"): typeof import('./graphql').FenceTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueTargetPermit($input: TargetPermitInput!) { issueTargetPermit(input: $input) }"): typeof import('./graphql').IssueTargetPermitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementFacts($id: ID!) { agreement(id: $id) { id stage area { code } } }"): typeof import('./graphql').AgreementFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftFacts($id: ID!) { agreement(id: $id) { id stage area { code }\n  openNegotiationPoints { id title department raisedByRole ageInDays } missingStatutoryIndicators\n  targets { id version kind indicator { code } localIndicatorTitle levels baseline { value period } placeholder baselineDeferral { status dueBy } } } }"): typeof import('./graphql').DraftFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TargetFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Target {\n  __typename id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } agreement { id stage area { code } } } } }"): typeof import('./graphql').TargetFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationFacts($id: ID!) { agreement(id: $id) { id stage firstYear synthetic area { code }\n  targets { id version kind theme levels indicator { code } localIndicatorTitle baseline { value period } priority { id }\n    placeholder baselineDueBy localReason leadPartner { id } baselineDeferral { status reason dueBy decidedBy } }\n  priorities { id title description tier criteriaMet assessmentReason }\n  priorityGraph { nodes { id label } edges { from to kind description } }\n  caseConferences { heldOn invitedDepartments invitedOthers agenda { point { title } outcome resolvesPoint } }\n  negotiationPoints(includeClosed: true) { title status decision decidedBy { name } decidedAt } } }"): typeof import('./graphql').RecommendationFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementAreas($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { __typename id area { code } } } }"): typeof import('./graphql').AgreementAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoryFacts($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename storyOfPlace { id version signOff { signedOffBy } } } } }"): typeof import('./graphql').StoryFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorDepartment($code: String!) { indicator(code: $code) { code department departmentNote } }"): typeof import('./graphql').IndicatorDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadPartners($id: ID!) { agreement(id: $id) { area { code } targets { kind indicator { code } leadPartner { id } } } }"): typeof import('./graphql').LeadPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipMembers($code: String!) { area(code: $code) { partnership { members { id organisation } } } }"): typeof import('./graphql').PartnershipMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaceFacts($code: String!) { area(code: $code) { name region { name governmentOffice } partnership { name members { organisation sector } } } }"): typeof import('./graphql').PlaceFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionAreas { areas { code name } }"): typeof import('./graphql').RegionAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AreaAgreements($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { __typename code agreement { id stage } } } }"): typeof import('./graphql').AreaAgreementsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
