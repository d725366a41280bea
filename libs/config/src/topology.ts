import { RegionCode, regionByCode } from '@laa/domain';

/**
 * The one registry of a region's services: which subgraphs exist, which peers each one calls at request
 * time, the variable that carries each one's address and its port. The launcher, every service's own
 * entry point, the gateway, tools/supergraph and the deployment files all derive from it, so adding a
 * subgraph starts here.
 */
export const SUBGRAPH_NAMES = ['partners', 'evidence', 'agreements', 'signoff'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** A subgraph's place in its region. */
export interface SubgraphTopology {
  name: SubgraphName;
  /** The PostgreSQL schema it owns (no other subgraph reads it). */
  databaseSchema: string;
  /** Its port in region n: subgraph port base + 10n + portOffset (1..9). */
  portOffset: number;
  /** The region's other subgraphs it asks for facts it does not own, at request time. */
  calls: readonly SubgraphName[];
  /** The environment variable that gives its GraphQL URL to the gateway and to the subgraphs that call it. */
  urlVariable: string;
}

export const SUBGRAPH_TOPOLOGY: Readonly<Record<SubgraphName, SubgraphTopology>> = {
  partners: { name: 'partners', databaseSchema: 'partners', portOffset: 1, calls: [], urlVariable: 'PARTNERS_URL' },
  // Evidence links a story of place to the priorities agreements owns. Every subgraph but partners asks partners
  // whether a council system's credential is still active when the system calls it without the gateway.
  evidence: {
    name: 'evidence',
    databaseSchema: 'evidence',
    portOffset: 2,
    calls: ['agreements', 'partners'],
    urlVariable: 'EVIDENCE_URL',
  },
  // A target's facts (partners' members, evidence's baseline). Sign-off calls agreements (to fence what Ministers sign),
  // never the reverse: agreements judges every target write against its own fence, so it needs no sign-off address.
  agreements: {
    name: 'agreements',
    databaseSchema: 'agreements',
    portOffset: 3,
    calls: ['partners', 'evidence'],
    urlVariable: 'AGREEMENTS_URL',
  },
  // The agreement's area, stage and targets, the area's place and the indicators' evidence behind each step.
  signoff: {
    name: 'signoff',
    databaseSchema: 'signoff',
    portOffset: 4,
    calls: ['partners', 'evidence', 'agreements'],
    urlVariable: 'SIGNOFF_URL',
  },
};

/** Every process of a region: the four subgraphs and the gateway in front of them. */
export const SERVICE_NAMES = [...SUBGRAPH_NAMES, 'gateway'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The subgraphs a service calls: a subgraph its peers, the gateway every subgraph. */
export function serviceCalls(service: ServiceName): readonly SubgraphName[] {
  return service === 'gateway' ? SUBGRAPH_NAMES : SUBGRAPH_TOPOLOGY[service].calls;
}

export const DEFAULT_GATEWAY_PORT_BASE = 4000;
export const DEFAULT_SUBGRAPH_PORT_BASE = 4100;
export const DEFAULT_CONSOLE_PORT = 4200;

export interface PortBases {
  gateway: number;
  subgraph: number;
}

/** Region n's gateway listens on gatewayBase + n; its subgraphs on subgraphBase + 10n + their port offset. */
export function regionPorts(region: RegionCode, bases: PortBases = defaultBases()) {
  const n = regionByCode(region).number;
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, bases.subgraph + n * 10 + SUBGRAPH_TOPOLOGY[name].portOffset]),
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
