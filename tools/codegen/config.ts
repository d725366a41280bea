import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator's set-up, one place for `npm run codegen` and the test that fails when the generated files
 * are stale. Every client's types come from the composed supergraph, so a field renamed in a subgraph breaks the
 * compiler where it is read instead of drifting silently.
 */
export const SUPERGRAPH = 'apps/gateway/supergraph.graphql';

/** The federation entry point peers call (`_entities`), which the supergraph does not list. */
export const FEDERATION_ENTRY_POINTS = 'tools/codegen/federation-entry-points.graphql';

/** Where each client's generated module goes (relative to the repository), and which files hold its documents. */
export const CLIENTS = {
  console: { out: 'apps/console/src/gql/', documents: 'apps/console/src/**/*.{ts,tsx}' },
  agreements: { out: 'apps/agreements/src/peers/gql/', documents: 'apps/agreements/src/**/*.ts' },
  evidence: { out: 'apps/evidence/src/peers/gql/', documents: 'apps/evidence/src/**/*.ts' },
  signoff: { out: 'apps/signoff/src/peers/gql/', documents: 'apps/signoff/src/**/*.ts' },
  // The gateway's credential check asks partners whether an API credential is still active.
  subgraph: { out: 'libs/subgraph/src/gql/', documents: 'libs/subgraph/src/**/*.ts' },
} as const;

/** Scalars as they travel in JSON. */
const scalars = { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' };

/** On the server, the enums libs/domain owns are its own TypeScript enums, so a peer's answer feeds the rules as it is. */
const DOMAIN_ENUMS = Object.fromEntries(
  ['Department', 'Polarity', 'PriorityCriterion', 'ReferenceStatus', 'Theme'].map((name) => [
    name,
    `@laa/domain#${name}`,
  ]),
);

const shared = {
  // Enums as string unions: a page compares and labels them as strings, and no enum object is shipped.
  enumsAsTypes: true,
  useTypeImports: true,
  scalars,
  // Results carry no `__typename` unless a document asks for it.
  skipTypename: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};

/**
 * The configuration: schema and documents read from `repository` (a path ending in `/`, or '' for the working
 * directory), the generated files written under `out` (the same, or a temporary folder for the staleness check).
 */
export function codegenConfig(repository = '', out = repository): CodegenConfig {
  const generates: CodegenConfig['generates'] = {};
  for (const [name, client] of Object.entries(CLIENTS)) {
    const peers = name !== 'console';
    generates[out + client.out] = {
      // Peer documents are strings (TypedDocumentString) sent as they are; the console's go to Apollo Client.
      schema: (peers ? [SUPERGRAPH, FEDERATION_ENTRY_POINTS] : [SUPERGRAPH]).map((file) => repository + file),
      documents: [repository + client.documents, `!${repository}${client.out}**`, `!${repository}**/*.{spec,test}.ts`],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: peers ? { ...shared, documentMode: 'string', enumValues: DOMAIN_ENUMS } : shared,
    };
  }
  // The generator's helpers carry `any`; narrowed the same way wherever the files are written.
  const hooks = {
    afterOneFileWrite: ['SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/codegen/without-any.ts'],
  };
  return { overwrite: true, ignoreNoDocuments: false, generates, hooks };
}
