import { gql } from '@apollo/client';
import { BaselineStatus, Direction, ReferenceStatus } from './format';

/** The reference values of an indicator the pages show, each with its status. */
export interface IndicatorRef {
  code: string;
  title: string | null;
  titleStatus: ReferenceStatus;
  polarity: string | null;
  polarityStatus: ReferenceStatus;
  theme: string;
  themeStatus: ReferenceStatus;
  department: string | null;
  departmentStatus: ReferenceStatus;
  statutoryDcsf: boolean;
  statutoryDcsfStatus: ReferenceStatus;
  local: boolean;
}

const INDICATOR_FIELDS = 'code title titleStatus polarity polarityStatus theme themeStatus department departmentStatus statutoryDcsf statutoryDcsfStatus local';

/** When an indicator is in the statutory DCSF set, with its status and the reason the platform holds it. */
export interface StatutoryMembershipRow {
  from: string;
  to: string | null;
  status: ReferenceStatus;
  reason: string;
}

export interface ProfileFigure {
  period: string;
  value: number | null;
  provisional: boolean;
  rival: boolean;
  unresolved: boolean;
  synthetic: boolean;
}

export interface ProfileRow {
  indicator: IndicatorRef;
  series: ProfileFigure[];
  baseline: { status: BaselineStatus; period: string | null; value: number | null };
  trend: { direction: Direction };
}

export interface AreaHeading {
  code: string;
  name: string;
  region: { code: string; name: string };
  agreement: { id: string } | null;
}

/** The area's evidence profile, one row per live indicator of the theme (public). */
export const EVIDENCE_PROFILE = gql`
  query EvidenceProfile($area: String!, $theme: Theme) {
    area(code: $area) {
      code name region { code name } agreement { id }
      evidenceProfile(theme: $theme) {
        indicator { ${INDICATOR_FIELDS} }
        series { period value provisional rival unresolved synthetic }
        baseline { status period value }
        trend { direction }
      }
    }
  }
`;
export interface EvidenceProfileData {
  area: (AreaHeading & { evidenceProfile: ProfileRow[] }) | null;
}

export interface Release {
  id: string;
  value: number;
  source: string;
  publishedOn: string;
  provisional: boolean;
  synthetic: boolean;
  /** Null for the public: names of people are for signed-in callers. */
  loadedBy: string | null;
  supersededAt: string | null;
}

export interface Choice {
  source: string;
  reason: string;
  /** Null for the public. */
  chosenBy: string | null;
  chosenAt: string;
}

export interface SeriesFigure extends ProfileFigure {
  observation: { source: string } | null;
  releases: Release[];
  choices: Choice[];
}

export interface Trend {
  direction: Direction;
  slopePerYear: number | null;
  relativeChangePerYear: number | null;
  pointsUsed: number;
  projection: { period: string; value: number }[];
  rule: string;
}

export interface Benchmark {
  period: string;
  value: number | null;
  regionAverage: number | null;
  englandAverage: number | null;
  similarAreasAverage: number | null;
  similarAreas: { neighbourCode: string; name: string; value: number | null; distance: number; rank: number }[];
  rank: number | null;
  areasRanked: number;
  quartile: number | null;
  rule: string;
}

export interface IndicatorEvidence {
  indicator: IndicatorRef & { sources: string[]; notes: string | null; definition: string | null; statutoryMemberships: StatutoryMembershipRow[] };
  series: SeriesFigure[];
  trend: Trend;
  baseline: { status: BaselineStatus; period: string | null; value: number | null };
  benchmark: Benchmark | null;
}

/** One indicator in the area: series with every release and choice, trend, baseline, benchmark with its similar areas' figures (public). */
export const INDICATOR_EVIDENCE = gql`
  query IndicatorEvidence($area: String!, $indicator: String!) {
    areas { code name }
    area(code: $area) {
      code
      indicatorEvidence(indicator: $indicator) {
        indicator { ${INDICATOR_FIELDS} sources notes definition statutoryMemberships { from to status reason } }
        series {
          period value provisional rival unresolved synthetic
          observation { source }
          releases { id value source publishedOn provisional synthetic loadedBy supersededAt }
          choices { source reason chosenBy chosenAt }
        }
        trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value } rule }
        baseline { status period value }
        benchmark {
          period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile rule
          similarAreas { neighbourCode name value distance rank }
        }
      }
    }
  }
`;
export interface IndicatorEvidenceData {
  areas: { code: string; name: string }[];
  area: { code: string; indicatorEvidence: IndicatorEvidence } | null;
}
