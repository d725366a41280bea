import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { agreementsSubgraph } from '@laa/agreements';
import { SUBGRAPH_NAMES } from '@laa/config';
import { evidenceSubgraph } from '@laa/evidence';
import { partnersSubgraph } from '@laa/partners';
import { signoffSubgraph } from '@laa/signoff';
import { printFederatedSdl } from '@laa/subgraph';
import { parse } from 'graphql';

const DEFINITIONS = {
  partners: partnersSubgraph,
  evidence: evidenceSubgraph,
  agreements: agreementsSubgraph,
  signoff: signoffSubgraph,
};

/** Placeholder URLs (the docker compose service names); every gateway overrides them from its config. */
const placeholderUrl = (name: string) => `http://${name}:4000/graphql`;

/** Composes the four subgraphs' SDL into the supergraph the gateways serve. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      url: placeholderUrl(name),
      typeDefs: parse(await printFederatedSdl(DEFINITIONS[name])),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
