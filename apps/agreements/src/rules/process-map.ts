import { AgreementStage } from '../entities/agreement-stage';

/** One milestone of the process map a new agreement starts with; the partnership and GO then edit it. */
export interface TemplateMilestone {
  title: string;
  dueOn: string;
  owner: string;
  /** The negotiation stage the milestone closes. */
  stage: AgreementStage;
}

/** The round the product negotiates: the 2008-2011 agreements. */
export const ROUND_FIRST_YEAR = 2008;
export const ROUND_PERIOD = `${ROUND_FIRST_YEAR}-${ROUND_FIRST_YEAR + 3}`;

/**
 * The source's indicative timetable for the 2008 round (DCLG, September 2007): the process map agreed
 * before negotiating, priority outcomes by November, indicators in January once the technical
 * definitions are published, target levels signed off by spring / early summer.
 */
export const PROCESS_MAP_TEMPLATE: readonly TemplateMilestone[] = [
  {
    title: 'Process map and conflict-resolution mechanism agreed',
    dueOn: '2007-09-28',
    owner: 'LSP Executive and GO locality manager',
    stage: AgreementStage.PROCESS_MAP,
  },
  { title: 'Priority outcomes negotiated', dueOn: '2007-11-30', owner: 'LSP Board', stage: AgreementStage.PRIORITIES },
  {
    title: 'Indicators agreed',
    dueOn: '2008-01-31',
    owner: 'LSP Executive and GO theme leads',
    stage: AgreementStage.INDICATORS,
  },
  { title: 'Target levels signed off', dueOn: '2008-05-30', owner: 'LSP Board and GO', stage: AgreementStage.TARGETS },
];
