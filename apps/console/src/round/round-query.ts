import { gql } from '@apollo/client';

/** The region's round: every area's agreement stage and process-map slippage in one request. */
export const ROUND = gql`
  query Round {
    region { code name governmentOffice }
    round {
      period opened notOpened
      areas {
        area { code name }
        agreement { id synthetic }
        stage slippageDays lateMilestones
        nextMilestone { title dueOn owner }
      }
    }
  }
`;

export const OPEN_ROUND = gql`
  mutation OpenRound($regionCode: ID!) { openRound(regionCode: $regionCode) { opened { id } alreadyOpen { code } } }
`;

export const OPEN_AGREEMENT = gql`
  mutation OpenAgreement($areaCode: ID!) { openAgreement(areaCode: $areaCode) { id } }
`;

export interface RoundRow {
  area: { code: string; name: string };
  agreement: { id: string; synthetic: boolean } | null;
  stage: string | null;
  slippageDays: number;
  lateMilestones: number;
  nextMilestone: { title: string; dueOn: string; owner: string } | null;
}

export interface RoundData {
  region: { code: string; name: string; governmentOffice: string };
  round: { period: string; opened: number; notOpened: number; areas: RoundRow[] };
}
