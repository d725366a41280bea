import { gql } from '@apollo/client';

/** The region's multi-area agreements: public fields (titles, member areas and regions, delivery). */
export const MULTI_AREA_AGREEMENTS = gql`
  query MultiAreaAgreements {
    region { code name }
    multiAreaAgreements {
      id title leadRegionCode holding version createdBy changedBy writtenAt synthetic
      members { code name regionCode }
      memberRegions { regionCode lead deliveredVersion upToDate }
    }
  }
`;

/** One agreement's shared priorities and targets (draft readers of a member area): asked apart, so the list shows to everyone. */
export const MULTI_AREA_SHARED = gql`
  query MultiAreaShared($id: ID!) {
    multiAreaAgreement(id: $id) {
      id
      priorities { title description }
      targets { indicatorCode description baseline levels indicator { code title titleStatus } }
    }
  }
`;

export const CREATE_MULTI_AREA = gql`
  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { id version } }
`;

/** Sent to each other member region's gateway by the lead region's round lead. */
export const RECEIVE_MULTI_AREA = gql`
  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { id version } }
`;

export const RECORD_DELIVERY = gql`
  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {
    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) { id }
  }
`;

export interface MemberRegion {
  regionCode: string;
  lead: boolean;
  deliveredVersion: number | null;
  upToDate: boolean;
}

export interface MultiAreaRow {
  id: string;
  title: string;
  leadRegionCode: string;
  holding: 'LEAD' | 'COPY';
  version: number;
  createdBy: string;
  changedBy: string;
  writtenAt: string;
  synthetic: boolean;
  members: { code: string; name: string; regionCode: string }[];
  memberRegions: MemberRegion[];
}

export interface SharedContent {
  id: string;
  priorities: { title: string; description: string }[];
  targets: { indicatorCode: string; description: string; baseline: number | null; levels: number[]; indicator: { code: string; title: string | null; titleStatus: string } }[];
}

export interface MultiAreaData {
  region: { code: string; name: string };
  multiAreaAgreements: MultiAreaRow[];
}
