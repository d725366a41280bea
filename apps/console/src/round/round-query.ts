import { gql } from '@apollo/client';
import type { RoundProcessMap } from './ProcessMapTemplate';

/** The region's round: every area's agreement stage and process-map slippage in one request. */
export const ROUND = gql`
  query Round {
    region { code name governmentOffice }
    round {
      period opened notOpened
      processMap { fromSource version changedBy milestones { title dueOn owner stage } }
      areas {
        area { code name }
        agreement { id synthetic }
        stage slippageDays lateMilestones
        nextMilestone { title dueOn owner }
        behindTemplateDays
        missedTemplateMilestone { title dueOn }
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
  /** Days behind the round's template (the oldest template milestone whose stage the area has not passed). */
  behindTemplateDays: number;
  missedTemplateMilestone: { title: string; dueOn: string } | null;
}

export interface RoundData {
  region: { code: string; name: string; governmentOffice: string };
  round: { period: string; opened: number; notOpened: number; processMap: RoundProcessMap; areas: RoundRow[] };
}
