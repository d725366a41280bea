import { gql } from '@apollo/client';

/** Who is at the table for one area: the LSP and its members, thematic partnerships, districts, the GO's relationship manager and people. */
export const AREA_PEOPLE = gql`
  query AreaPeople($code: String!) {
    area(code: $code) {
      code name typeDescription
      partnership { name synthetic members { id organisation sector synthetic } }
      thematicPartnerships { kind name synthetic }
      districts { code name feedsCountyStrategyOf { name } }
      relationshipManager { name title }
      relationshipManagerHistory { assignedAt endedAt assignedBy reason person { name } }
      people { id name role title department synthetic organisation { organisation } }
    }
    region { name people { id name role title } }
  }
`;

export const CHANGE_MANAGER = gql`
  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { id } }
`;

/** Every member of the area's LSP with every target it leads or contributes to, across agreements (draft readers). */
export const COMMITMENTS = gql`
  query Commitments($code: String!) {
    area(code: $code) {
      code name
      partnership { name members { id organisation sector
        commitments { id kind version levels indicator { code title } localIndicatorTitle baseline { value period }
          agreement { id stage area { code name } } leadPartner { id organisation } contributingPartners { id } signOff { valid } } } }
    }
  }
`;

export interface Person { id: string; name: string; role: string; title: string; department: string | null; synthetic: boolean; organisation: { organisation: string } | null }

export interface AreaPeopleData {
  area: {
    code: string; name: string; typeDescription: string;
    partnership: { name: string; synthetic: boolean; members: { id: string; organisation: string; sector: string; synthetic: boolean }[] } | null;
    thematicPartnerships: { kind: string; name: string; synthetic: boolean }[];
    districts: { code: string; name: string; feedsCountyStrategyOf: { name: string } }[];
    relationshipManager: { name: string; title: string } | null;
    relationshipManagerHistory: { assignedAt: string; endedAt: string | null; assignedBy: string; reason: string; person: { name: string } }[] | null;
    people: Person[] | null;
  } | null;
  region: { name: string; people: { id: string; name: string; role: string; title: string }[] | null } | null;
}

export interface Commitment {
  id: string; kind: string; version: number; levels: (number | null)[];
  indicator: { code: string; title: string | null } | null; localIndicatorTitle: string | null; baseline: { value: number; period: string } | null;
  agreement: { id: string; stage: string; area: { code: string; name: string } };
  leadPartner: { id: string; organisation: string } | null; contributingPartners: { id: string }[]; signOff: { valid: boolean } | null;
}

export interface CommitmentsData {
  area: { code: string; name: string; partnership: { name: string; members: { id: string; organisation: string; sector: string; commitments: Commitment[] }[] } | null } | null;
}
