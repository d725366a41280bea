import { graphql } from '../gql';
import type { AreaPrioritiesQuery, StoryOfPlaceQuery } from '../gql/graphql';

/** An area's Sustainable Community Strategy as adopted, as the queries below read it. */
graphql(`
  fragment CommunityStrategyFields on CommunityStrategy {
    id
    title
    url
    adoptedOn
    periodFrom
    periodTo
  }
`);

/** A version's text as the latest and the history read it (the generated document carries the fragments). */
graphql(`
  fragment StoryVersionFields on StoryOfPlace {
    id
    version
    placeToday
    ambition
    writtenBy
    writtenAt
    synthetic
    signOff {
      signedOffBy
      signedOffAt
      note
    }
    communityStrategy {
      ...CommunityStrategyFields
    }
  }
`);

/**
 * The area's story of place: the latest version with each claim's evidence, every version without it
 * (within the gateway's cost limit), and the area's soft intelligence (draft readers of the area).
 */
export const STORY_OF_PLACE = graphql(`
  query StoryOfPlace($area: String!) {
    area(code: $area) {
      code
      storyOfPlace {
        ...StoryVersionFields
        claims {
          position
          statement
          indicatorCodes
          softEvidenceIds
          evidence {
            indicator {
              code
              title
              titleStatus
            }
            series {
              period
              value
              synthetic
            }
            trend {
              direction
              slopePerYear
            }
            baseline {
              status
              period
              value
            }
          }
          softEvidence {
            id
            title
            source
            kind
            synthetic
          }
        }
      }
      storyOfPlaceVersions {
        ...StoryVersionFields
        claims {
          position
          statement
          indicatorCodes
          softEvidenceIds
        }
      }
      communityStrategies {
        ...CommunityStrategyFields
      }
      softEvidence {
        id
        kind
        title
        summary
        source
        dated
        theme
        version
        synthetic
        recordedBy
        recordedAt
        indicators {
          code
          title
          titleStatus
        }
        priorities {
          id
          title
        }
      }
    }
  }
`);
export type StoryOfPlaceData = StoryOfPlaceQuery;
type PlaceArea = NonNullable<StoryOfPlaceQuery['area']>;
export type SoftEvidenceItem = PlaceArea['softEvidence'][number];
/** One version as the history lists it: its text and claims, not their evidence. */
export type StoryVersion = PlaceArea['storyOfPlaceVersions'][number];
/** The latest version, each claim with the evidence behind it. */
export type LatestStory = NonNullable<PlaceArea['storyOfPlace']>;
export type StoryClaim = LatestStory['claims'][number];
/** An area's Sustainable Community Strategy as adopted. */
export type CommunityStrategy = PlaceArea['communityStrategies'][number];

/** The agreement's priority outcomes, for linking soft intelligence to them (draft readers). */
export const AREA_PRIORITIES = graphql(`
  query AreaPriorities($area: String!) {
    area(code: $area) {
      code
      agreement {
        id
        priorities {
          id
          title
        }
      }
    }
  }
`);
export type AreaPrioritiesData = AreaPrioritiesQuery;

export const WRITE_STORY = graphql(`
  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) {
    writeStoryOfPlace(input: $input) {
      id
      version
    }
  }
`);
export const SIGN_OFF_STORY = graphql(`
  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) {
    signOffStoryOfPlace(input: $input) {
      id
      version
      signOff {
        signedOffBy
      }
    }
  }
`);
export const RECORD_SOFT_EVIDENCE = graphql(`
  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) {
    recordSoftEvidence(input: $input) {
      id
      version
    }
  }
`);
