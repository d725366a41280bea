import DataLoader from 'dataloader';

/**
 * One DataLoader per relation per request: every relation resolves through here so that a query
 * costs a constant number of SQL statements whatever the number of rows.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let found = this.loaders.get(name);
    if (!found) {
      found = new DataLoader<K, V>(batch);
      this.loaders.set(name, found);
    }
    return found as DataLoader<K, V>;
  }
}

/** Orders rows by the keys asked for; a key without a row gets null. */
export function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys asked for; a key without rows gets an empty list. */
export function manyByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
