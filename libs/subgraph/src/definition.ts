import { SubgraphName } from '@laa/config';
import { RegionCode } from '@laa/domain';
import { CredentialCheck } from '@laa/identity';
import { ServiceMetrics } from '@laa/telemetry';
import { DataSource } from 'typeorm';
import { Logger } from './logger';
import { PeerSubgraphs } from './peers';
import { SchemaParts } from './schema';
import { UploadRoute } from './uploads';

export interface SeedOptions {
  dataSource: DataSource;
  region: RegionCode;
  /** Also load the synthetic demo data (evidence values, draft agreements). */
  demo: boolean;
  log: Logger;
}

/** What a subgraph's services may need from the running platform beyond their database. */
export interface ServiceRuntime {
  /** Signs the platform's own short-lived tokens (council system credentials exchanged for a token). */
  authSecret: string;
  /** The region's other subgraphs this one may ask for facts it does not own (see peers.ts). */
  peers: PeerSubgraphs;
  /** The subgraph's own Prometheus metrics, for services that count their work (evidence import rows). */
  metrics: ServiceMetrics;
}

/** Everything the shared bootstrap needs to run one subgraph: an app declares its domain, nothing else. */
export interface SubgraphDefinition<Services> extends SchemaParts {
  name: SubgraphName;
  /** The PostgreSQL schema the subgraph owns. */
  databaseSchema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  createServices(dataSource: DataSource, region: RegionCode, runtime: ServiceRuntime): Services;
  /** Mutations the public may call; every other mutation refuses an anonymous caller before reading its input. */
  publicMutations?: string[];
  /** Files streamed in beside GraphQL (e.g. large CSV imports), each a POST route. */
  uploads?: UploadRoute<Services>[];
  /** The subgraph that owns council systems' credentials answers whether one is active itself; others ask it (credential-check.ts). */
  credentialCheck?(services: Services): CredentialCheck;
  /** Reference data (idempotent, every start) and demo data (once). */
  seed?(options: SeedOptions): Promise<void>;
}
