import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Agreement } from './entities/agreement';
import { SignOff, SignOffStep } from './entities/sign-off';
import { CreateSignOff1764000000000 } from './migrations/1764000000000-CreateSignOff';
import { AgreementSignOffResolver } from './resolvers/agreement-sign-off-resolver';
import { SignOffResolver } from './resolvers/sign-off-resolver';
import { SignOffStepResolver } from './resolvers/sign-off-step-resolver';
import { seedDemoSignOffs } from './seeds/demo-sign-offs';
import { SignOffService, SignOffServices } from './services/sign-off-service';

/** Sign-off: the chain from the LSP to Ministers for each agreement. */
export const signoffSubgraph: SubgraphDefinition<SignOffServices> = {
  name: 'signoff',
  databaseSchema: 'signoff',
  entities: [SignOff, SignOffStep],
  migrations: [CreateSignOff1764000000000],
  resolvers: [AgreementSignOffResolver, SignOffResolver, SignOffStepResolver],
  orphanedTypes: [Agreement],
  createServices: (dataSource, region, runtime) => ({ signOffs: new SignOffService(dataSource, region, runtime.peers) }),
  async seed({ dataSource, region, demo }) {
    if (demo) await seedOnce(dataSource, 'signoff', 'demo-sign-offs', (manager) => seedDemoSignOffs(manager, region));
  },
};
