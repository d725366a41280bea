import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Inserts rows in batches: one statement per batch keeps seeding fast on the embedded database too. */
export async function insertInBatches<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
  batchSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + batchSize))
      .execute();
  }
}
