// GraphQL Code Generator's client preset writes a few `any` into its helpers (the document string's metadata, the
// console's lookup of a document by its text, the DocumentType helper). The project allows no `any`, so every
// generated file passes through here (`hooks.afterOneFileWrite` in tools/codegen/config.ts): the same narrowing for
// `npm run codegen` and for the test that regenerates into a temporary folder and compares.
import { readFileSync, writeFileSync } from 'node:fs';

const NARROWINGS: ReadonlyArray<readonly [string, string]> = [
  ['Record<string, any>', 'Record<string, unknown>'],
  ['(documents as any)[source]', '(documents as Record<string, unknown>)[source]'],
  // A document's variables are read contravariantly: `never` accepts every document where `any` did.
  ['DocumentNode<any, any>', 'DocumentNode<unknown, never>'],
  ['infer TType,  any>', 'infer TType,  never>'],
];

for (const file of process.argv.slice(2)) {
  const before = readFileSync(file, 'utf8');
  const after = NARROWINGS.reduce((text, [from, to]) => text.split(from).join(to), before);
  if (/\bany\b(?![\w-])/.test(after.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"/g, '""'))) {
    // A new generator version wrote an `any` this list does not know: fail loudly rather than let it in.
    console.error(`${file}: an \`any\` the narrowing list does not cover; add it to tools/codegen/without-any.ts`);
    process.exitCode = 1;
  }
  if (after !== before) writeFileSync(file, after);
}
