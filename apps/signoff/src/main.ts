import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@laa/subgraph';
import { signoffSubgraph } from './subgraph';

void runSubgraphFromEnvironment(signoffSubgraph).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
