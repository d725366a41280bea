import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@laa/subgraph';
import { evidenceSubgraph } from './subgraph';

void runSubgraphFromEnvironment(evidenceSubgraph).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
