import { gql } from '@apollo/client';
import { ImportReport } from './upload';
import { Choice, Release } from './queries';

export interface RivalFigure {
  indicatorCode: string;
  areaCode: string;
  period: string;
  value: number | null;
  unresolved: boolean;
  synthetic: boolean;
  provisional: boolean;
  observation: { source: string } | null;
  indicator: { code: string; title: string | null; titleStatus: string };
  areaName: string;
  candidates: Release[];
  choices: Choice[];
}

const RIVAL_FIELDS = `
  indicatorCode areaCode areaName period value unresolved synthetic provisional
  indicator { code title titleStatus }
  observation { source }
  candidates { id value source publishedOn provisional synthetic loadedBy supersededAt }
  choices { source reason chosenBy chosenAt }
`;

/** The region's rival figures: those waiting for a figure of record, and every one with its choices. */
export const RIVAL_FIGURES = gql`
  query RivalFigures($area: String) {
    areas { code name }
    open: rivalFigures(open: true, area: $area) { ${RIVAL_FIELDS} }
    all: rivalFigures(open: false, area: $area) { ${RIVAL_FIELDS} }
  }
`;
export interface RivalFiguresData {
  areas: { code: string; name: string }[];
  open: RivalFigure[];
  all: RivalFigure[];
}

export const CHOOSE_FIGURE = gql`
  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value unresolved } }
`;

/** The region's latest imports (GO staff and analysts). */
export const OBSERVATION_IMPORTS = gql`
  query ObservationImports($limit: Int!) {
    observationImports(limit: $limit) { id origin loadedBy startedAt rowsRead inserted superseded unchanged rejected }
  }
`;
export interface ObservationImportsData {
  observationImports: (Omit<ImportReport, 'rejections'> & { startedAt: string })[];
}
