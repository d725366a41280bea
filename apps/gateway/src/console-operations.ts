import { DocumentNode, Kind } from 'graphql';
import { join } from 'node:path';

/**
 * The console's documents as GraphQL Code Generator writes them (`npm run codegen`, kept current by a test): every
 * operation the console sends, each with the fragments it spreads.
 */
export const CONSOLE_DOCUMENTS = join(__dirname, '..', '..', 'console', 'src', 'gql', 'graphql.ts');

const isOperation = (entry: [string, unknown]): entry is [string, DocumentNode] => {
  const value = entry[1] as DocumentNode | null;
  return value?.kind === Kind.DOCUMENT && value.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
};

/** Every operation the console sends, by name. */
export function consoleOperations(): { name: string; document: DocumentNode }[] {
  // Read at run time from the console's sources (the gateway never imports the browser app).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generated = require(CONSOLE_DOCUMENTS) as Record<string, unknown>;
  return Object.entries(generated)
    .filter(isOperation)
    .map(([name, document]) => ({ name, document }));
}
