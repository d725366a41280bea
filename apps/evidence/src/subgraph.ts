import { Logger, SubgraphDefinition } from '@laa/subgraph';
import { DataSource } from 'typeorm';
import { Area } from './entities/area';
import { CommunityStrategy } from './entities/community-strategy';
import { Indicator } from './entities/indicator';
import { IndicatorCorrection } from './entities/indicator-correction';
import { IndicatorRevision } from './entities/indicator-revision';
import { StatutoryMembership } from './entities/statutory-membership';
import { FigureChoice } from './entities/figure-choice';
import { Observation } from './entities/observation';
import { ObservationImport } from './entities/observation-import';
import { RegisteredArea } from './entities/registered-area';
import { SimilarArea } from './entities/similar-area';
import { SoftEvidence } from './entities/soft-evidence';
import { StoryClaim, StoryOfPlace } from './entities/story-of-place';
import { Priority } from './entities/priority';
import { Target } from './entities/target';
import { CreateEvidence1764000000000 } from './migrations/1764000000000-CreateEvidence';
import { EvidenceBase1764500000000 } from './migrations/1764500000000-EvidenceBase';
import { StretchFigures1764800000000 } from './migrations/1764800000000-StretchFigures';
import { KnownIndicatorsPerStatement1765000000000 } from './migrations/1765000000000-KnownIndicatorsPerStatement';
import { CommunityStrategy1765510000000 } from './migrations/1765510000000-CommunityStrategy';
import { DerivedEvidence1765600000000 } from './migrations/1765600000000-DerivedEvidence';
import { IndicatorCorrections1765610000000 } from './migrations/1765610000000-IndicatorCorrections';
import { AreaEvidenceResolver } from './resolvers/area-evidence-resolver';
import { IndicatorAcrossEnglandResolver } from './resolvers/indicator-across-england-resolver';
import { IndicatorEvidenceResolver } from './resolvers/indicator-evidence-resolver';
import { ObservationImportResolver } from './resolvers/observation-import-resolver';
import { observationUpload } from './resolvers/observation-upload';
import { RivalFigureResolver } from './resolvers/rival-figure-resolver';
import { FigureOfRecordResolver } from './resolvers/figure-of-record-resolver';
import { FigureChoiceResolver } from './resolvers/people-names';
import { FigureAreaResolver } from './resolvers/figure-area-resolver';
import { SimilarAreaResolver } from './resolvers/similar-area-resolver';
import { AreaCommunityStrategyResolver } from './resolvers/area-community-strategy-resolver';
import { CommunityStrategyResolver } from './resolvers/community-strategy-resolver';
import { AreaSoftEvidenceResolver } from './resolvers/area-soft-evidence-resolver';
import { SoftEvidenceResolver } from './resolvers/soft-evidence-resolver';
import { AreaStoryResolver } from './resolvers/area-story-resolver';
import { StoryClaimResolver } from './resolvers/story-claim-resolver';
import { StoryOfPlaceResolver } from './resolvers/story-of-place-resolver';
import { LocalIndicatorResolver } from './resolvers/local-indicator-resolver';
import { resolveIndicatorReference } from './resolvers/indicator-reference';
import { IndicatorResolver } from './resolvers/indicator-resolver';
import { IndicatorCorrectionResolver } from './resolvers/indicator-correction-resolver';
import { StatutorySetResolver } from './resolvers/statutory-set-resolver';
import { ObservationResolver } from './resolvers/observation-resolver';
import { TargetStretchResolver } from './resolvers/target-stretch-resolver';
import { seedDemoEvidence } from './seeds/demo-evidence';
import { seedDemoStories } from './seeds/demo-stories';
import { seedOnce } from '@laa/database';
import { importReferenceAreas } from './seeds/reference-areas';
import { importReferenceIndicators } from './seeds/reference-indicators';
import { createEvidenceServices, EvidenceServices } from './services/services';
import { deriveDueEvidenceNow } from './services/derivation';

/** Evidence: the indicator set and the shared data everyone negotiates from. */
export const evidenceSubgraph: SubgraphDefinition<EvidenceServices> = {
  name: 'evidence',
  databaseSchema: 'evidence',
  entities: [
    Indicator,
    IndicatorRevision,
    IndicatorCorrection,
    StatutoryMembership,
    Observation,
    ObservationImport,
    FigureChoice,
    SimilarArea,
    RegisteredArea,
    SoftEvidence,
    StoryOfPlace,
    StoryClaim,
    CommunityStrategy,
  ],
  migrations: [
    CreateEvidence1764000000000,
    EvidenceBase1764500000000,
    StretchFigures1764800000000,
    KnownIndicatorsPerStatement1765000000000,
    CommunityStrategy1765510000000,
    DerivedEvidence1765600000000,
    IndicatorCorrections1765610000000,
  ],
  resolvers: [
    IndicatorResolver,
    IndicatorCorrectionResolver,
    StatutorySetResolver,
    AreaEvidenceResolver,
    ObservationResolver,
    IndicatorEvidenceResolver,
    IndicatorAcrossEnglandResolver,
    RivalFigureResolver,
    FigureOfRecordResolver,
    FigureChoiceResolver,
    SimilarAreaResolver,
    FigureAreaResolver,
    ObservationImportResolver,
    SoftEvidenceResolver,
    AreaSoftEvidenceResolver,
    StoryOfPlaceResolver,
    StoryClaimResolver,
    AreaStoryResolver,
    CommunityStrategyResolver,
    AreaCommunityStrategyResolver,
    LocalIndicatorResolver,
    TargetStretchResolver,
  ],
  orphanedTypes: [Area, Priority, Target],
  uploads: [observationUpload],
  referenceResolvers: { Indicator: { __resolveReference: resolveIndicatorReference } },
  createServices: createEvidenceServices,
  async seed({ dataSource, region, demo, log }) {
    await seedNationalEvidence(dataSource, demo, log);
    if (demo) await seedOnce(dataSource, 'evidence', 'demo-stories', (manager) => seedDemoStories(manager, region));
    // Whatever is still due (reference data that changed a polarity, a derivation a crash cut short) is derived now.
    const derived = await deriveDueEvidenceNow(dataSource);
    if (derived.indicators > 0) log.info('trends and benchmarks derived', { region, ...derived });
  },
};

export { deriveDueEvidenceNow };

/**
 * What every region's evidence holds alike: the reference indicators and areas, and with demo data the synthetic
 * national evidence (every area of England). The launcher seeds it once into a template store for new regions.
 */
export async function seedNationalEvidence(dataSource: DataSource, demo: boolean, log: Logger): Promise<void> {
  const report = await dataSource.transaction((manager) => importReferenceIndicators(manager));
  log.info('reference indicators imported', { ...report });
  await dataSource.transaction((manager) => importReferenceAreas(manager));
  const evidence = demo ? await seedDemoEvidence(dataSource) : null;
  if (evidence) log.info('demo evidence imported', { ...evidence });
}

/** What an import answers, for clients in this repository (the command-line import). */
export type { ImportReport } from './services/import/observation-importer';
