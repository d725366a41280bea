import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Area } from './entities/area';
import { Indicator } from './entities/indicator';
import { IndicatorRevision } from './entities/indicator-revision';
import { Observation } from './entities/observation';
import { CreateEvidence1764000000000 } from './migrations/1764000000000-CreateEvidence';
import { AreaEvidenceResolver } from './resolvers/area-evidence-resolver';
import { resolveIndicatorReference } from './resolvers/indicator-reference';
import { IndicatorResolver } from './resolvers/indicator-resolver';
import { ObservationResolver } from './resolvers/observation-resolver';
import { seedDemoObservations } from './seeds/demo-observations';
import { importReferenceIndicators } from './seeds/reference-indicators';
import { EvidenceServices, IndicatorService } from './services/indicator-service';

/** Evidence: the indicator set and the shared data everyone negotiates from. */
export const evidenceSubgraph: SubgraphDefinition<EvidenceServices> = {
  name: 'evidence',
  databaseSchema: 'evidence',
  entities: [Indicator, IndicatorRevision, Observation],
  migrations: [CreateEvidence1764000000000],
  resolvers: [IndicatorResolver, AreaEvidenceResolver, ObservationResolver],
  orphanedTypes: [Area],
  referenceResolvers: { Indicator: { __resolveReference: resolveIndicatorReference } },
  createServices: (dataSource) => ({ indicators: new IndicatorService(dataSource) }),
  async seed({ dataSource, region, demo, log }) {
    const report = await dataSource.transaction((manager) => importReferenceIndicators(manager));
    log.info('reference indicators imported', { ...report });
    if (demo) await seedOnce(dataSource, 'evidence', 'demo-observations', (manager) => seedDemoObservations(manager, region));
  },
};
