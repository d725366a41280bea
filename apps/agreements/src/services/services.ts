import { RegionCode } from '@laa/domain';
import { ServiceRuntime } from '@laa/subgraph';
import { DataSource } from 'typeorm';
import { TargetFactsClient } from '../peers/target-facts';
import { nationalIndicators } from '../rules/target-rules';
import { AgreementService } from './agreement-service';
import { BaselineDeferralService } from './baseline-deferral-service';
import { ConferenceService } from './conference-service';
import { FenceService } from './fence-service';
import { IndicatorChoiceService } from './indicator-choice-service';
import { MilestoneService } from './milestone-service';
import { MultiAreaService } from './multi-area-service';
import { NegotiationService } from './negotiation-service';
import { PointVoiceService } from './point-voice-service';
import { PriorityEditService } from './priority-edit-service';
import { PriorityService } from './priority-service';
import { ProcessMapTemplateService } from './process-map-template';
import { RegionAreas } from './region-areas';
import { RoundService, roundServices } from './round-service';
import { RoundView } from './round-view';
import { StageService } from './stage-service';
import { StatutorySetService } from './statutory-set-service';
import { TargetService } from './target-service';

/** What agreements' resolvers reach through the request context: one instance of each service per region. */
export interface AgreementsServices {
  agreements: AgreementService;
  targets: TargetService;
  fences: FenceService;
  deferrals: BaselineDeferralService;
  priorities: PriorityService;
  priorityEdits: PriorityEditService;
  negotiation: NegotiationService;
  conferences: ConferenceService;
  pointVoices: PointVoiceService;
  milestones: MilestoneService;
  stages: StageService;
  /** Agreements' copy of the statutory DCSF set. */
  statutorySet: StatutorySetService;
  round: RoundService;
  roundView: RoundView;
  indicatorChoices: IndicatorChoiceService;
  processMap: ProcessMapTemplateService;
  multiArea: MultiAreaService;
}

/** The codes of the national set's indicators not withdrawn: what a shared target may be set on. */
const liveIndicatorCodes = (): ReadonlySet<string> =>
  new Set([...nationalIndicators().values()].filter((i) => !i.withdrawn).map((i) => i.code));

/** The one place agreements' services are built and wired to each other and to the peers. */
export function createAgreementsServices(
  dataSource: DataSource,
  region: RegionCode,
  runtime: ServiceRuntime,
): AgreementsServices {
  // The areas of 2008, read once: the round opens the region's, multi-area sharing names any.
  const areas = new RegionAreas(region);
  const fences = new FenceService(dataSource);
  return {
    agreements: new AgreementService(dataSource, region),
    targets: new TargetService(dataSource, new TargetFactsClient(runtime.peers), fences),
    fences,
    deferrals: new BaselineDeferralService(dataSource, region, fences),
    priorities: new PriorityService(dataSource, areas),
    priorityEdits: new PriorityEditService(dataSource, areas),
    negotiation: new NegotiationService(dataSource),
    pointVoices: new PointVoiceService(dataSource),
    conferences: new ConferenceService(dataSource),
    milestones: new MilestoneService(dataSource),
    stages: new StageService(dataSource),
    indicatorChoices: new IndicatorChoiceService(dataSource, region),
    statutorySet: new StatutorySetService(dataSource),
    ...roundServices(dataSource, areas),
    multiArea: new MultiAreaService(dataSource, areas, liveIndicatorCodes()),
  };
}
