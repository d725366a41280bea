import { graphql } from '../gql';
import type { MultiAreaAgreementsQuery, MultiAreaSharedQuery } from '../gql/graphql';

/** The region's multi-area agreements: public fields (titles, member areas and regions, delivery). */
export const MULTI_AREA_AGREEMENTS = graphql(`
  query MultiAreaAgreements {
    region {
      code
      name
    }
    multiAreaAgreements {
      id
      title
      leadRegionCode
      holding
      version
      createdBy
      changedBy
      writtenAt
      synthetic
      members {
        code
        name
        regionCode
      }
      memberRegions {
        regionCode
        lead
        deliveredVersion
        upToDate
      }
    }
  }
`);

/** One agreement's shared priorities and targets (draft readers of a member area): asked apart, so the list shows to everyone. */
export const MULTI_AREA_SHARED = graphql(`
  query MultiAreaShared($id: ID!) {
    multiAreaAgreement(id: $id) {
      id
      priorities {
        title
        description
      }
      targets {
        indicatorCode
        description
        baseline
        levels
        indicator {
          code
          title
          titleStatus
        }
      }
    }
  }
`);

export const CREATE_MULTI_AREA = graphql(`
  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) {
    createMultiAreaAgreement(input: $input) {
      id
      version
    }
  }
`);

/** Sent to each other member region's gateway by the lead region's round lead. */
export const RECEIVE_MULTI_AREA = graphql(`
  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) {
    receiveMultiAreaAgreement(input: $input) {
      id
      version
    }
  }
`);

export const RECORD_DELIVERY = graphql(`
  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {
    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) {
      id
    }
  }
`);

export type MultiAreaData = MultiAreaAgreementsQuery;
export type MultiAreaRow = MultiAreaAgreementsQuery['multiAreaAgreements'][number];
export type MemberRegion = MultiAreaRow['memberRegions'][number];
export type SharedContent = NonNullable<MultiAreaSharedQuery['multiAreaAgreement']>;
