import { gql } from '@apollo/client';

/** One query per regional gateway: every area's sign-off stage (public). */
export const SIGN_OFF_STAGES = gql`
  query SignOffStages {
    signOffStages { areaCode areaName negotiationStage stage version underReview lastStepAt synthetic agreement { id } }
  }
`;

/** The RD's recommendation of one agreement (draft readers of the area). */
export const RECOMMENDATION = gql`
  query Recommendation($id: ID!) {
    agreement(id: $id) {
      id
      signOff {
        stage
        recommendation { version html recommendedBy generatedAt }
        earlierRecommendations { version html recommendedBy generatedAt }
      }
    }
  }
`;

export interface SignOffStageRow {
  areaCode: string;
  areaName: string;
  negotiationStage: string | null;
  stage: string;
  version: number;
  underReview: boolean;
  lastStepAt: string | null;
  /** True when the sign-off's steps are (or include) generated demo data: its stage and dates are not a real sign-off. */
  synthetic: boolean;
  agreement: { id: string } | null;
}

/** The same recommendation as a PDF file, asked for only when someone downloads it. */
export const RECOMMENDATION_PDF = gql`
  query RecommendationPdf($id: ID!) {
    agreement(id: $id) {
      id
      signOff { recommendation { version pdf { fileName mediaType base64 } } earlierRecommendations { version pdf { fileName mediaType base64 } } }
    }
  }
`;
