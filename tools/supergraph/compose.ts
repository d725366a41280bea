import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES } from '@laa/config';
import { SUBGRAPHS } from '@laa/platform';
import { printFederatedSdl } from '@laa/subgraph';
import { parse } from 'graphql';

/** Placeholder URLs (the docker compose service names); every gateway overrides them from its config. */
const placeholderUrl = (name: string) => `http://${name}:4000/graphql`;

/** Composes the registry's subgraphs' SDL into the supergraph the gateways serve. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      url: placeholderUrl(name),
      typeDefs: parse(await printFederatedSdl(SUBGRAPHS[name])),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
