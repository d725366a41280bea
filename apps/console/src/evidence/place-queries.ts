import { gql } from '@apollo/client';
import { Direction, ReferenceStatus } from './format';

export interface SoftEvidenceItem {
  id: string;
  kind: string;
  title: string;
  summary: string;
  source: string;
  dated: string;
  theme: string;
  version: number;
  synthetic: boolean;
  recordedBy: string;
  recordedAt: string;
  indicators: { code: string; title: string | null; titleStatus: ReferenceStatus }[];
  priorities: { id: string; title: string }[];
}

export interface ClaimEvidence {
  indicator: { code: string; title: string | null; titleStatus: ReferenceStatus };
  series: { period: string; value: number | null; synthetic: boolean }[];
  trend: { direction: Direction; slopePerYear: number | null };
  baseline: { status: string; period: string | null; value: number | null };
}

export interface StoryClaim {
  position: number;
  statement: string;
  indicatorCodes: string[];
  softEvidenceIds: string[];
  evidence: ClaimEvidence[];
  softEvidence: { id: string; title: string; source: string; kind: string; synthetic: boolean }[];
}

/** One version as the history lists it: its text and claims, not their evidence. */
export interface StoryVersion {
  id: string;
  version: number;
  placeToday: string;
  ambition: string;
  writtenBy: string;
  writtenAt: string;
  synthetic: boolean;
  signOff: { signedOffBy: string; signedOffAt: string; note: string } | null;
  /** The Sustainable Community Strategy the version draws on. */
  communityStrategy: CommunityStrategy | null;
  claims: Pick<StoryClaim, 'position' | 'statement' | 'indicatorCodes' | 'softEvidenceIds'>[];
}

/** The latest version, each claim with the evidence behind it. */
export interface LatestStory extends Omit<StoryVersion, 'claims'> {
  claims: StoryClaim[];
}

/** An area's Sustainable Community Strategy as adopted. */
export interface CommunityStrategy {
  id: string;
  title: string;
  url: string;
  adoptedOn: string;
  periodFrom: number;
  periodTo: number;
}

const STRATEGY_FIELDS = 'id title url adoptedOn periodFrom periodTo';
const VERSION_FIELDS = `id version placeToday ambition writtenBy writtenAt synthetic signOff { signedOffBy signedOffAt note } communityStrategy { ${STRATEGY_FIELDS} }`;

/**
 * The area's story of place: the latest version with each claim's evidence, every version without it
 * (within the gateway's cost limit), and the area's soft intelligence (draft readers of the area).
 */
export const STORY_OF_PLACE = gql`
  query StoryOfPlace($area: String!) {
    area(code: $area) {
      code
      storyOfPlace {
        ${VERSION_FIELDS}
        claims {
          position statement indicatorCodes softEvidenceIds
          evidence {
            indicator { code title titleStatus }
            series { period value synthetic }
            trend { direction slopePerYear }
            baseline { status period value }
          }
          softEvidence { id title source kind synthetic }
        }
      }
      storyOfPlaceVersions { ${VERSION_FIELDS} claims { position statement indicatorCodes softEvidenceIds } }
      communityStrategies { ${STRATEGY_FIELDS} }
      softEvidence {
        id kind title summary source dated theme version synthetic recordedBy recordedAt
        indicators { code title titleStatus }
        priorities { id title }
      }
    }
  }
`;
export interface StoryOfPlaceData {
  area: { code: string; storyOfPlace: LatestStory | null; storyOfPlaceVersions: StoryVersion[]; softEvidence: SoftEvidenceItem[]; communityStrategies: CommunityStrategy[] } | null;
}

/** The agreement's priority outcomes, for linking soft intelligence to them (draft readers). */
export const AREA_PRIORITIES = gql`
  query AreaPriorities($area: String!) { area(code: $area) { code agreement { id priorities { id title } } } }
`;
export interface AreaPrioritiesData {
  area: { code: string; agreement: { id: string; priorities: { id: string; title: string }[] } | null } | null;
}

export const WRITE_STORY = gql`
  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { id version } }
`;
export const SIGN_OFF_STORY = gql`
  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { id version signOff { signedOffBy } } }
`;
export const RECORD_SOFT_EVIDENCE = gql`
  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version } }
`;
