import { graphql } from '../gql';
import type { EvidenceProfileQuery, IndicatorEvidenceQuery } from '../gql/graphql';

/** The indicator's reference values as both queries below read them (the generated documents carry the fragment). */
graphql(`
  fragment IndicatorReferenceFields on Indicator {
    code
    title
    titleStatus
    polarity
    polarityStatus
    theme
    themeStatus
    department
    departmentStatus
    statutoryDcsf
    statutoryDcsfStatus
    local
  }
`);

/** The area's evidence profile, one row per live indicator of the theme (public). */
export const EVIDENCE_PROFILE = graphql(`
  query EvidenceProfile($area: String!, $theme: Theme) {
    area(code: $area) {
      code
      name
      region {
        code
        name
      }
      agreement {
        id
      }
      evidenceProfile(theme: $theme) {
        indicator {
          ...IndicatorReferenceFields
        }
        series {
          period
          value
          provisional
          rival
          unresolved
          synthetic
        }
        baseline {
          status
          period
          value
        }
        trend {
          direction
        }
      }
    }
  }
`);

export type EvidenceProfileData = EvidenceProfileQuery;
export type ProfileRow = NonNullable<EvidenceProfileQuery['area']>['evidenceProfile'][number];

/** One indicator in the area: series with every release and choice, trend, baseline, benchmark with its similar areas' figures (public). */
export const INDICATOR_EVIDENCE = graphql(`
  query IndicatorEvidence($area: String!, $indicator: String!) {
    areas {
      code
      name
    }
    area(code: $area) {
      code
      indicatorEvidence(indicator: $indicator) {
        indicator {
          ...IndicatorReferenceFields
          sources
          notes
          definition
          statutoryMemberships {
            from
            to
            status
            reason
          }
        }
        series {
          period
          value
          provisional
          rival
          unresolved
          synthetic
          observation {
            source
          }
          releases {
            id
            value
            source
            publishedOn
            provisional
            synthetic
            loadedBy
            supersededAt
          }
          choices {
            source
            reason
            chosenBy
            chosenAt
          }
        }
        trend {
          direction
          slopePerYear
          relativeChangePerYear
          pointsUsed
          projection {
            period
            value
          }
          rule
        }
        baseline {
          status
          period
          value
        }
        benchmark {
          period
          value
          regionAverage
          englandAverage
          similarAreasAverage
          rank
          areasRanked
          quartile
          rule
          similarAreas {
            neighbourCode
            name
            value
            distance
            rank
          }
        }
      }
    }
  }
`);

export type IndicatorEvidenceData = IndicatorEvidenceQuery;
export type IndicatorEvidence = NonNullable<IndicatorEvidenceQuery['area']>['indicatorEvidence'];
export type SeriesFigure = IndicatorEvidence['series'][number];
/** When an indicator is in the statutory DCSF set, with its status and the reason the platform holds it. */
export type StatutoryMembershipRow = IndicatorEvidence['indicator']['statutoryMemberships'][number];
