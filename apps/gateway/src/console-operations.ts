import { DocumentNode, Kind, parse } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the console's operations are written (gql`...` in its sources). */
export const CONSOLE_SOURCES = join(__dirname, '..', '..', 'console', 'src');

const isDocument = (value: unknown): value is DocumentNode => (value as DocumentNode | null)?.kind === Kind.DOCUMENT;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

/**
 * Every operation the console sends, by file and name: the exported documents of its .ts modules (imported, so
 * their interpolated fields are in), and the literal gql`...` of its components (which interpolate nothing).
 */
export function consoleOperations(): { name: string; document: DocumentNode }[] {
  return sourceFiles(CONSOLE_SOURCES).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('gql`')) return [];
    const where = relative(CONSOLE_SOURCES, file);
    if (file.endsWith('.ts')) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.entries(require(file) as Record<string, unknown>).filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]));
      return exported.map(([name, document]) => ({ name: `${where}:${name}`, document }));
    }
    return [...text.matchAll(/const (\w+) = gql`([^`$]*)`/g)].map(([, name, body]) => ({ name: `${where}:${name}`, document: parse(body) }));
  });
}
