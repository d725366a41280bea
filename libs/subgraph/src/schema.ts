import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap, NonEmptyArray } from 'type-graphql';
import { accessChecker } from './access';

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/** type-graphql classes -> Apollo subgraph schema (the helper of type-graphql's federation example). */
export async function buildFederatedSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  const options: BuildSchemaOptions = {
    resolvers: parts.resolvers,
    orphanedTypes: parts.orphanedTypes,
    validate: true,
    skipCheck: true,
    // Access declared on operations (`@Authorized(Access.x)`); refusals are thrown by the checker itself.
    authChecker: accessChecker,
    authMode: 'error',
  };
  const schema = await buildSchema(options);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(parts.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers,
  });
}

const builtSchemas = new WeakMap<SchemaParts, Promise<GraphQLSchema>>();

/**
 * A subgraph's schema, built once per process: the launcher's regions all serve the same one. It holds no region's
 * state (each request's context brings the region's services), and building it again for every region cost memory
 * and start time nine times over.
 */
export function sharedFederatedSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  let schema = builtSchemas.get(parts);
  if (!schema) {
    schema = buildFederatedSchema(parts);
    builtSchemas.set(parts, schema);
    schema.catch(() => builtSchemas.delete(parts));
  }
  return schema;
}

export async function printFederatedSdl(parts: SchemaParts): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(parts));
}
