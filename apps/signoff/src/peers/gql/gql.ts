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
    "\n  query AgreementFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n    }\n  }\n": typeof types.AgreementFactsDocument,
    "\n  query DraftFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n      openNegotiationPoints {\n        id\n        title\n        department\n        raisedByRole\n        ageInDays\n      }\n      missingStatutoryIndicators\n      targets {\n        id\n        version\n        kind\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        levels\n        baseline {\n          value\n          period\n        }\n        placeholder\n        baselineDeferral {\n          status\n          dueBy\n        }\n      }\n    }\n  }\n": typeof types.DraftFactsDocument,
    "\n  query TargetFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Target {\n        __typename\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        agreement {\n          id\n          stage\n          area {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.TargetFactsDocument,
    "\n  query RecommendationFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      firstYear\n      synthetic\n      area {\n        code\n      }\n      targets {\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        priority {\n          id\n        }\n        placeholder\n        baselineDueBy\n        localReason\n        leadPartner {\n          id\n        }\n        baselineDeferral {\n          status\n          reason\n          dueBy\n          decidedBy\n        }\n      }\n      priorities {\n        id\n        title\n        description\n        tier\n        criteriaMet\n        assessmentReason\n      }\n      priorityGraph {\n        nodes {\n          id\n          label\n        }\n        edges {\n          from\n          to\n          kind\n          description\n        }\n      }\n      caseConferences {\n        heldOn\n        invitedDepartments\n        invitedOthers\n        agenda {\n          point {\n            title\n          }\n          outcome\n          resolvesPoint\n        }\n      }\n      negotiationPoints(includeClosed: true) {\n        title\n        status\n        decision\n        decidedBy {\n          name\n        }\n        decidedAt\n      }\n    }\n  }\n": typeof types.RecommendationFactsDocument,
    "\n  query AgreementAreas($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Agreement {\n        __typename\n        id\n        area {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AgreementAreasDocument,
    "\n  query StoryFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        storyOfPlace {\n          id\n          version\n          signOff {\n            signedOffBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.StoryFactsDocument,
    "\n  query IndicatorDepartment($code: String!) {\n    indicator(code: $code) {\n      code\n      department\n      departmentNote\n    }\n  }\n": typeof types.IndicatorDepartmentDocument,
    "\n  query LeadPartners($id: ID!) {\n    agreement(id: $id) {\n      area {\n        code\n      }\n      targets {\n        kind\n        indicator {\n          code\n        }\n        leadPartner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LeadPartnersDocument,
    "\n  query PartnershipMembers($code: String!) {\n    area(code: $code) {\n      partnership {\n        members {\n          id\n          organisation\n        }\n      }\n    }\n  }\n": typeof types.PartnershipMembersDocument,
    "\n  query PlaceFacts($code: String!) {\n    area(code: $code) {\n      name\n      region {\n        name\n        governmentOffice\n      }\n      partnership {\n        name\n        members {\n          organisation\n          sector\n        }\n      }\n    }\n  }\n": typeof types.PlaceFactsDocument,
    "\n  mutation FenceAgreementTargets($input: FenceAgreementInput!) {\n    fenceAgreementTargets(input: $input)\n  }\n": typeof types.FenceAgreementTargetsDocument,
    "\n  mutation ConfirmAgreementFence($agreementId: ID!) {\n    confirmAgreementFence(agreementId: $agreementId)\n  }\n": typeof types.ConfirmAgreementFenceDocument,
    "\n  mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) {\n    releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId)\n  }\n": typeof types.ReleaseAgreementFenceDocument,
    "\n  mutation FenceTarget($targetId: ID!, $version: Int!) {\n    fenceTarget(targetId: $targetId, version: $version)\n  }\n": typeof types.FenceTargetDocument,
    "\n  mutation IssueTargetPermit($input: TargetPermitInput!) {\n    issueTargetPermit(input: $input)\n  }\n": typeof types.IssueTargetPermitDocument,
    "\n  query RegionAreas {\n    areas {\n      code\n      name\n    }\n  }\n": typeof types.RegionAreasDocument,
    "\n  query AreaAgreements($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        code\n        agreement {\n          id\n          stage\n        }\n      }\n    }\n  }\n": typeof types.AreaAgreementsDocument,
};
const documents: Documents = {
    "\n  query AgreementFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n    }\n  }\n": types.AgreementFactsDocument,
    "\n  query DraftFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n      openNegotiationPoints {\n        id\n        title\n        department\n        raisedByRole\n        ageInDays\n      }\n      missingStatutoryIndicators\n      targets {\n        id\n        version\n        kind\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        levels\n        baseline {\n          value\n          period\n        }\n        placeholder\n        baselineDeferral {\n          status\n          dueBy\n        }\n      }\n    }\n  }\n": types.DraftFactsDocument,
    "\n  query TargetFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Target {\n        __typename\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        agreement {\n          id\n          stage\n          area {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.TargetFactsDocument,
    "\n  query RecommendationFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      firstYear\n      synthetic\n      area {\n        code\n      }\n      targets {\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        priority {\n          id\n        }\n        placeholder\n        baselineDueBy\n        localReason\n        leadPartner {\n          id\n        }\n        baselineDeferral {\n          status\n          reason\n          dueBy\n          decidedBy\n        }\n      }\n      priorities {\n        id\n        title\n        description\n        tier\n        criteriaMet\n        assessmentReason\n      }\n      priorityGraph {\n        nodes {\n          id\n          label\n        }\n        edges {\n          from\n          to\n          kind\n          description\n        }\n      }\n      caseConferences {\n        heldOn\n        invitedDepartments\n        invitedOthers\n        agenda {\n          point {\n            title\n          }\n          outcome\n          resolvesPoint\n        }\n      }\n      negotiationPoints(includeClosed: true) {\n        title\n        status\n        decision\n        decidedBy {\n          name\n        }\n        decidedAt\n      }\n    }\n  }\n": types.RecommendationFactsDocument,
    "\n  query AgreementAreas($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Agreement {\n        __typename\n        id\n        area {\n          code\n        }\n      }\n    }\n  }\n": types.AgreementAreasDocument,
    "\n  query StoryFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        storyOfPlace {\n          id\n          version\n          signOff {\n            signedOffBy\n          }\n        }\n      }\n    }\n  }\n": types.StoryFactsDocument,
    "\n  query IndicatorDepartment($code: String!) {\n    indicator(code: $code) {\n      code\n      department\n      departmentNote\n    }\n  }\n": types.IndicatorDepartmentDocument,
    "\n  query LeadPartners($id: ID!) {\n    agreement(id: $id) {\n      area {\n        code\n      }\n      targets {\n        kind\n        indicator {\n          code\n        }\n        leadPartner {\n          id\n        }\n      }\n    }\n  }\n": types.LeadPartnersDocument,
    "\n  query PartnershipMembers($code: String!) {\n    area(code: $code) {\n      partnership {\n        members {\n          id\n          organisation\n        }\n      }\n    }\n  }\n": types.PartnershipMembersDocument,
    "\n  query PlaceFacts($code: String!) {\n    area(code: $code) {\n      name\n      region {\n        name\n        governmentOffice\n      }\n      partnership {\n        name\n        members {\n          organisation\n          sector\n        }\n      }\n    }\n  }\n": types.PlaceFactsDocument,
    "\n  mutation FenceAgreementTargets($input: FenceAgreementInput!) {\n    fenceAgreementTargets(input: $input)\n  }\n": types.FenceAgreementTargetsDocument,
    "\n  mutation ConfirmAgreementFence($agreementId: ID!) {\n    confirmAgreementFence(agreementId: $agreementId)\n  }\n": types.ConfirmAgreementFenceDocument,
    "\n  mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) {\n    releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId)\n  }\n": types.ReleaseAgreementFenceDocument,
    "\n  mutation FenceTarget($targetId: ID!, $version: Int!) {\n    fenceTarget(targetId: $targetId, version: $version)\n  }\n": types.FenceTargetDocument,
    "\n  mutation IssueTargetPermit($input: TargetPermitInput!) {\n    issueTargetPermit(input: $input)\n  }\n": types.IssueTargetPermitDocument,
    "\n  query RegionAreas {\n    areas {\n      code\n      name\n    }\n  }\n": types.RegionAreasDocument,
    "\n  query AreaAgreements($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        code\n        agreement {\n          id\n          stage\n        }\n      }\n    }\n  }\n": types.AreaAgreementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      area {\n        code\n      }\n      openNegotiationPoints {\n        id\n        title\n        department\n        raisedByRole\n        ageInDays\n      }\n      missingStatutoryIndicators\n      targets {\n        id\n        version\n        kind\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        levels\n        baseline {\n          value\n          period\n        }\n        placeholder\n        baselineDeferral {\n          status\n          dueBy\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DraftFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Target {\n        __typename\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        agreement {\n          id\n          stage\n          area {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TargetFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationFacts($id: ID!) {\n    agreement(id: $id) {\n      id\n      stage\n      firstYear\n      synthetic\n      area {\n        code\n      }\n      targets {\n        id\n        version\n        kind\n        theme\n        levels\n        indicator {\n          code\n        }\n        localIndicatorTitle\n        baseline {\n          value\n          period\n        }\n        priority {\n          id\n        }\n        placeholder\n        baselineDueBy\n        localReason\n        leadPartner {\n          id\n        }\n        baselineDeferral {\n          status\n          reason\n          dueBy\n          decidedBy\n        }\n      }\n      priorities {\n        id\n        title\n        description\n        tier\n        criteriaMet\n        assessmentReason\n      }\n      priorityGraph {\n        nodes {\n          id\n          label\n        }\n        edges {\n          from\n          to\n          kind\n          description\n        }\n      }\n      caseConferences {\n        heldOn\n        invitedDepartments\n        invitedOthers\n        agenda {\n          point {\n            title\n          }\n          outcome\n          resolvesPoint\n        }\n      }\n      negotiationPoints(includeClosed: true) {\n        title\n        status\n        decision\n        decidedBy {\n          name\n        }\n        decidedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RecommendationFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementAreas($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Agreement {\n        __typename\n        id\n        area {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryFacts($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        storyOfPlace {\n          id\n          version\n          signOff {\n            signedOffBy\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StoryFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDepartment($code: String!) {\n    indicator(code: $code) {\n      code\n      department\n      departmentNote\n    }\n  }\n"): typeof import('./graphql').IndicatorDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPartners($id: ID!) {\n    agreement(id: $id) {\n      area {\n        code\n      }\n      targets {\n        kind\n        indicator {\n          code\n        }\n        leadPartner {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipMembers($code: String!) {\n    area(code: $code) {\n      partnership {\n        members {\n          id\n          organisation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnershipMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceFacts($code: String!) {\n    area(code: $code) {\n      name\n      region {\n        name\n        governmentOffice\n      }\n      partnership {\n        name\n        members {\n          organisation\n          sector\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FenceAgreementTargets($input: FenceAgreementInput!) {\n    fenceAgreementTargets(input: $input)\n  }\n"): typeof import('./graphql').FenceAgreementTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAgreementFence($agreementId: ID!) {\n    confirmAgreementFence(agreementId: $agreementId)\n  }\n"): typeof import('./graphql').ConfirmAgreementFenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) {\n    releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId)\n  }\n"): typeof import('./graphql').ReleaseAgreementFenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FenceTarget($targetId: ID!, $version: Int!) {\n    fenceTarget(targetId: $targetId, version: $version)\n  }\n"): typeof import('./graphql').FenceTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueTargetPermit($input: TargetPermitInput!) {\n    issueTargetPermit(input: $input)\n  }\n"): typeof import('./graphql').IssueTargetPermitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionAreas {\n    areas {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RegionAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaAgreements($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Area {\n        __typename\n        code\n        agreement {\n          id\n          stage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AreaAgreementsDocument;


export function graphql(source: string) {
  return (documents as Record<string, unknown>)[source] ?? {};
}
