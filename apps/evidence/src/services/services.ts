import { RegionCode } from '@laa/domain';
import { PeerSubgraphs, ServiceRuntime } from '@laa/subgraph';
import { DataSource } from 'typeorm';
import { CommunityStrategyService } from './community-strategy-service';
import { DerivedEvidenceService } from './derived-evidence';
import { EvidenceService } from './evidence-service';
import { IndicatorCorrectionService } from './indicator-correction-service';
import { IndicatorService } from './indicator-service';
import { LocalIndicatorService } from './local-indicator-service';
import { ObservationImportService } from './observation-import-service';
import { RivalFigureService } from './rival-figure-service';
import { SoftEvidenceService } from './soft-evidence-service';
import { StoryOfPlaceService } from './story-of-place-service';
import { StretchFiguresService } from './stretch-figures';

/** What evidence's resolvers reach through the request context: one instance of each service per region. */
export interface EvidenceServices {
  indicators: IndicatorService;
  /** The national data steward's corrections of the indicator set. */
  corrections: IndicatorCorrectionService;
  evidence: EvidenceService;
  rivalFigures: RivalFigureService;
  observationImports: ObservationImportService;
  softEvidence: SoftEvidenceService;
  stories: StoryOfPlaceService;
  communityStrategies: CommunityStrategyService;
  localIndicators: LocalIndicatorService;
  /** Lean reads of the figures Target.stretch is judged on. */
  stretchFigures: StretchFiguresService;
  /** Trends and benchmarks derived when the figures changed (deriveDueEvidence). */
  derived: DerivedEvidenceService;
  /** The region's other subgraphs, for facts evidence does not own (priorities live in agreements). */
  peers: PeerSubgraphs;
}

/** The one place evidence's services are built (the region is the store's: evidence's rules read no region). */
export function createEvidenceServices(db: DataSource, _region: RegionCode, runtime: ServiceRuntime): EvidenceServices {
  const evidence = new EvidenceService(db);
  return {
    indicators: new IndicatorService(db),
    corrections: new IndicatorCorrectionService(db),
    evidence,
    rivalFigures: new RivalFigureService(db, evidence),
    observationImports: new ObservationImportService(db, runtime.metrics),
    softEvidence: new SoftEvidenceService(db),
    stories: new StoryOfPlaceService(db),
    communityStrategies: new CommunityStrategyService(db),
    localIndicators: new LocalIndicatorService(db),
    stretchFigures: new StretchFiguresService(db),
    derived: new DerivedEvidenceService(db),
    peers: runtime.peers,
  };
}
