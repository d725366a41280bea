import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@laa/subgraph';
import { partnersSubgraph } from './subgraph';

void runSubgraphFromEnvironment(partnersSubgraph).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
