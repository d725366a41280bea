import { RegionCode, regionByCode } from '@laa/domain';

/** The four subgraphs every region runs, in the order the launcher starts them. */
export const SUBGRAPH_NAMES = ['partners', 'evidence', 'agreements', 'signoff'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_GATEWAY_PORT_BASE = 4000;
export const DEFAULT_SUBGRAPH_PORT_BASE = 4100;
export const DEFAULT_CONSOLE_PORT = 4200;

export interface PortBases {
  gateway: number;
  subgraph: number;
}

/** Region n's gateway listens on gatewayBase + n; its subgraphs on subgraphBase + 10n + 1..4. */
export function regionPorts(region: RegionCode, bases: PortBases = defaultBases()) {
  const n = regionByCode(region).number;
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [name, bases.subgraph + n * 10 + i + 1]),
  ) as Record<SubgraphName, number>;
  return { gateway: bases.gateway + n, subgraphs };
}

function defaultBases(): PortBases {
  return { gateway: DEFAULT_GATEWAY_PORT_BASE, subgraph: DEFAULT_SUBGRAPH_PORT_BASE };
}

/** One database per region on a server; the subgraphs share it, each in its own schema. */
export function regionDatabaseName(region: RegionCode, prefix = 'laa'): string {
  return `${prefix}_${region.toLowerCase()}`;
}
