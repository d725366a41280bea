import { readFileSync, writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@laa/gateway';
import { composeSupergraph } from './compose';

/** `compose` writes apps/gateway/supergraph.graphql; `--check` fails when the committed file is stale. */
async function main(): Promise<void> {
  const supergraph = await composeSupergraph();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (committed !== supergraph) {
      console.error('apps/gateway/supergraph.graphql is stale: run `npm run compose`');
      process.exit(1);
    }
    console.log('supergraph is current');
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
