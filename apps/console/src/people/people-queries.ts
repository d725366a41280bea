import { graphql } from '../gql';
import type { AreaPeopleQuery, CommitmentsQuery } from '../gql/graphql';

/** Who is at the table for one area: the LSP and its members, thematic partnerships, districts, the GO's relationship manager and people. */
export const AREA_PEOPLE = graphql(`
  query AreaPeople($code: String!) {
    area(code: $code) {
      code
      name
      typeDescription
      partnership {
        name
        synthetic
        members {
          id
          organisation
          sector
          synthetic
        }
      }
      thematicPartnerships {
        kind
        name
        synthetic
      }
      districts {
        code
        name
        feedsCountyStrategyOf {
          name
        }
      }
      relationshipManager {
        name
        title
      }
      relationshipManagerHistory {
        assignedAt
        endedAt
        assignedBy
        reason
        person {
          name
        }
      }
      people {
        id
        name
        role
        title
        department
        synthetic
        organisation {
          organisation
        }
      }
    }
    region {
      name
      people {
        id
        name
        role
        title
      }
    }
  }
`);

export const CHANGE_MANAGER = graphql(`
  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) {
    changeRelationshipManager(input: $input) {
      id
    }
  }
`);

/** Every member of the area's LSP with every target it leads or contributes to, across agreements (draft readers). */
export const COMMITMENTS = graphql(`
  query Commitments($code: String!) {
    area(code: $code) {
      code
      name
      partnership {
        name
        members {
          id
          organisation
          sector
          commitments {
            id
            kind
            version
            levels
            indicator {
              code
              title
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
                name
              }
            }
            leadPartner {
              id
              organisation
            }
            contributingPartners {
              id
            }
            signOff {
              valid
            }
          }
        }
      }
    }
  }
`);

export type AreaPeopleData = AreaPeopleQuery;
export type Person = NonNullable<NonNullable<AreaPeopleQuery['area']>['people']>[number];
export type CommitmentsData = CommitmentsQuery;
export type Commitment = NonNullable<
  NonNullable<CommitmentsQuery['area']>['partnership']
>['members'][number]['commitments'][number];
