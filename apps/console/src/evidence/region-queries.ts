import { graphql } from '../gql';
import type { ObservationImportsQuery, RivalFiguresQuery } from '../gql/graphql';

/** A rival figure's fields, read twice by the query below (the generated document carries the fragment). */
graphql(`
  fragment RivalFigureFields on FigureOfRecord {
    indicatorCode
    areaCode
    areaName
    period
    value
    unresolved
    synthetic
    provisional
    indicator {
      code
      title
      titleStatus
    }
    observation {
      source
    }
    candidates {
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
`);

/** The region's rival figures: those waiting for a figure of record, and every one with its choices. */
export const RIVAL_FIGURES = graphql(`
  query RivalFigures($area: String) {
    areas {
      code
      name
    }
    open: rivalFigures(open: true, area: $area) {
      ...RivalFigureFields
    }
    all: rivalFigures(open: false, area: $area) {
      ...RivalFigureFields
    }
  }
`);
export type RivalFiguresData = RivalFiguresQuery;
export type RivalFigure = RivalFiguresQuery['all'][number];

export const CHOOSE_FIGURE = graphql(`
  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) {
    chooseFigureOfRecord(input: $input) {
      value
      unresolved
    }
  }
`);

/** The region's latest imports (GO staff and analysts). */
export const OBSERVATION_IMPORTS = graphql(`
  query ObservationImports($limit: Int!) {
    observationImports(limit: $limit) {
      id
      origin
      loadedBy
      startedAt
      rowsRead
      inserted
      superseded
      unchanged
      rejected
    }
  }
`);
export type ObservationImportsData = ObservationImportsQuery;
