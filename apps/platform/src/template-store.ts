import { openSubgraphDatabase, startEmbeddedPostgres } from '@laa/database';
import { deriveDueEvidenceNow, evidenceSubgraph, seedNationalEvidence } from '@laa/evidence';
import { Logger } from '@laa/subgraph';
import { existsSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Written last into a template: a folder without it was cut short and is built again. */
const READY = 'ready';

/**
 * The first start of several embedded regions with demo data: the synthetic national evidence (every area of England,
 * the same in every region: about 117,000 observations, their similar areas, trends and benchmarks) is imported and
 * derived once into a template store, and each new region's data folder starts as a copy of it. The region then runs
 * its migrations and seeds as on any start: evidence finds its demo import done (seed_run) and nothing due, and the
 * other subgraphs seed the region's own data. Importing it into every region instead took most of a first start.
 * Answers how many regions started from the template (0 when fewer than two folders are new: nothing to share).
 */
export async function startNewStoresFromTemplate(
  dataDirs: string[],
  templateDir: string,
  log: Logger,
): Promise<number> {
  const fresh = dataDirs.filter((dir) => !existsSync(dir));
  if (fresh.length < 2) return 0;
  if (!existsSync(join(templateDir, READY))) await buildTemplate(templateDir, log);
  await Promise.all(fresh.map((dir) => cp(join(templateDir, 'store'), dir, { recursive: true })));
  return fresh.length;
}

async function buildTemplate(templateDir: string, log: Logger): Promise<void> {
  const building = `${templateDir}.building`;
  await rm(building, { recursive: true, force: true });
  const store = await startEmbeddedPostgres({ dataDir: join(building, 'store') });
  try {
    const dataSource = await openSubgraphDatabase({
      url: store.connection.url,
      stream: store.connection.stream,
      schema: evidenceSubgraph.databaseSchema,
      entities: evidenceSubgraph.entities,
      migrations: evidenceSubgraph.migrations,
      poolSize: 2,
      onLog: (level, message, fields) => log[level](message, fields),
    });
    try {
      await seedNationalEvidence(dataSource, true, log);
      await deriveDueEvidenceNow(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await store.stop();
  }
  await writeFile(join(building, READY), new Date().toISOString());
  await rm(templateDir, { recursive: true, force: true });
  await rename(building, templateDir);
}
