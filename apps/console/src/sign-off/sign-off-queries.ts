import { graphql } from '../gql';
import type { SignOffStagesQuery } from '../gql/graphql';

/** One query per regional gateway: every area's sign-off stage (public). */
export const SIGN_OFF_STAGES = graphql(`
  query SignOffStages {
    signOffStages {
      areaCode
      areaName
      negotiationStage
      stage
      version
      underReview
      lastStepAt
      synthetic
      agreement {
        id
      }
    }
  }
`);

/** The RD's recommendation of one agreement (draft readers of the area). */
export const RECOMMENDATION = graphql(`
  query Recommendation($id: ID!) {
    agreement(id: $id) {
      id
      signOff {
        stage
        recommendation {
          version
          html
          recommendedBy
          generatedAt
        }
        earlierRecommendations {
          version
          html
          recommendedBy
          generatedAt
        }
      }
    }
  }
`);

/** `synthetic`: the sign-off's steps are (or include) generated demo data: its stage and dates are not a real sign-off. */
export type SignOffStageRow = SignOffStagesQuery['signOffStages'][number];

/** The same recommendation as a PDF file, asked for only when someone downloads it. */
export const RECOMMENDATION_PDF = graphql(`
  query RecommendationPdf($id: ID!) {
    agreement(id: $id) {
      id
      signOff {
        recommendation {
          version
          pdf {
            fileName
            mediaType
            base64
          }
        }
        earlierRecommendations {
          version
          pdf {
            fileName
            mediaType
            base64
          }
        }
      }
    }
  }
`);
