import { Duplex } from 'node:stream';
import { ClientConfig } from 'pg';

/**
 * How to reach a region's database: a server's postgres:// URL, or the embedded database, which has no
 * address: each pg connection to it is a stream opened in process (the URL then only names it).
 */
export interface DatabaseConnection {
  url: string;
  stream?: () => Duplex;
}

/** The options of a pg Client or Pool for the connection. */
export function pgClientConfig(connection: DatabaseConnection): ClientConfig {
  return connection.stream
    ? { connectionString: connection.url, stream: connection.stream }
    : { connectionString: connection.url };
}

/** The options of a TypeORM postgres DataSource for the connection (pg's own go through `extra`). */
export function typeormConnection(connection: DatabaseConnection): { url: string; extra: { stream?: () => Duplex } } {
  return { url: connection.url, extra: connection.stream ? { stream: connection.stream } : {} };
}
