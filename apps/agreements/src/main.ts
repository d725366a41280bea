import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@laa/subgraph';
import { agreementsSubgraph } from './subgraph';

void runSubgraphFromEnvironment(agreementsSubgraph).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
