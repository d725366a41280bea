import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import * as ts from 'typescript';

/** Every file of a tsconfig (its `include` less its `exclude`) with the compiler options that resolve its imports. */
export function filesOf(tsconfigPath: string): { files: string[]; options: ts.CompilerOptions } {
  const config = ts.readConfigFile(tsconfigPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfigPath));
  return { files: parsed.fileNames, options: parsed.options };
}

/**
 * The modules a file imports or re-exports, type-only ones included (they still tie the files together for a reader),
 * resolved as the compiler resolves them (`@laa/*` paths included); dynamic `import()` is left out: it is lazy by design.
 */
export function importsOf(file: string, options: ts.CompilerOptions): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression)) specifiers.push(expression.text);
    }
  }
  return specifiers.flatMap((specifier) => {
    const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
    return resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.endsWith('.d.ts')
      ? [resolved.resolvedFileName]
      : [];
  });
}

/** The strongly connected groups of files (Tarjan's algorithm): each group of two or more, or a file importing itself, is a cycle. */
export function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The import cycles among the files of the tsconfigs given, each as paths relative to `root`. */
export function importCycles(root: string, tsconfigPaths: readonly string[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const tsconfig of tsconfigPaths) {
    const { files, options } = filesOf(tsconfig);
    for (const file of files) graph.set(file, importsOf(file, options));
  }
  return cyclesIn(graph).map((cycle) => cycle.map((file) => relative(root, file)));
}
