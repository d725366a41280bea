import { graphql } from '../gql';
import type { RoundQuery } from '../gql/graphql';

/** The region's round: every area's agreement stage and process-map slippage in one request. */
export const ROUND = graphql(`
  query Round {
    region {
      code
      name
      governmentOffice
    }
    round {
      period
      opened
      notOpened
      processMap {
        fromSource
        version
        changedBy
        milestones {
          title
          dueOn
          owner
          stage
        }
      }
      areas {
        area {
          code
          name
        }
        agreement {
          id
          synthetic
        }
        stage
        slippageDays
        lateMilestones
        nextMilestone {
          title
          dueOn
          owner
        }
        behindTemplateDays
        missedTemplateMilestone {
          title
          dueOn
        }
      }
    }
  }
`);

export const OPEN_ROUND = graphql(`
  mutation OpenRound($regionCode: ID!) {
    openRound(regionCode: $regionCode) {
      opened {
        id
      }
      alreadyOpen {
        code
      }
    }
  }
`);

export const OPEN_AGREEMENT = graphql(`
  mutation OpenAgreement($areaCode: ID!) {
    openAgreement(areaCode: $areaCode) {
      id
    }
  }
`);

export type RoundData = RoundQuery;
export type RoundRow = RoundQuery['round']['areas'][number];
