import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Agreement } from './entities/agreement';
import { Area, Indicator } from './entities/references';
import { Target } from './entities/target';
import { CreateAgreements1764000000000 } from './migrations/1764000000000-CreateAgreements';
import { resolveAgreementReference } from './resolvers/agreement-reference';
import { AgreementResolver } from './resolvers/agreement-resolver';
import { AreaAgreementResolver } from './resolvers/area-agreement-resolver';
import { resolveTargetReference } from './resolvers/target-reference';
import { TargetResolver } from './resolvers/target-resolver';
import { seedDemoAgreements } from './seeds/demo-agreements';
import { AgreementService, AgreementsServices } from './services/agreement-service';

/** Agreements: drafting and negotiating each area's agreement and its targets. */
export const agreementsSubgraph: SubgraphDefinition<AgreementsServices> = {
  name: 'agreements',
  databaseSchema: 'agreements',
  entities: [Agreement, Target],
  migrations: [CreateAgreements1764000000000],
  resolvers: [AgreementResolver, AreaAgreementResolver, TargetResolver],
  orphanedTypes: [Area, Indicator],
  referenceResolvers: {
    Agreement: { __resolveReference: resolveAgreementReference },
    Target: { __resolveReference: resolveTargetReference },
  },
  createServices: (dataSource, region) => ({ agreements: new AgreementService(dataSource, region) }),
  async seed({ dataSource, region, demo }) {
    if (demo) await seedOnce(dataSource, 'agreements', 'demo-agreements', (manager) => seedDemoAgreements(manager, region));
  },
};
