import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { BoundedLabel, errorCodeLabel, operationLabel } from './bounded-label';
import { ServiceIdentity } from './service-identity';

/** A database pool's connections, read at each scrape. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface ServiceMetricsOptions {
  /** Node's process metrics (CPU, memory, event loop): once per process, so only where a service runs alone. */
  processMetrics?: boolean;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's Prometheus metrics, in its own registry labelled with service and region: the launcher
 * runs nine regions' services in one process, and each answers /metrics for itself alone.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: BoundedLabel = operationLabel();
  private readonly codes: BoundedLabel = errorCodeLabel();
  private readonly requests = new Counter({
    name: 'laa_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'laa_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'laa_graphql_errors_total',
    help: 'GraphQL errors answered, by operation name and extensions.code',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly fetches = new Histogram({
    name: 'laa_subgraph_fetch_duration_seconds',
    help: "Gateway: time of each fetch from a subgraph, by subgraph and the client's operation name",
    labelNames: ['subgraph', 'operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly importRows = new Counter({
    name: 'laa_evidence_import_rows_total',
    help: 'Evidence: observation rows read by imports, accepted or rejected',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(identity: ServiceIdentity, options: ServiceMetricsOptions = {}) {
    this.registry.setDefaultLabels({ service: identity.service, region: identity.region });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** One answered GraphQL request: its operation, time and the codes of the errors the caller received. */
  recordRequest(operation: string | null | undefined, seconds: number, errorCodes: readonly string[]): void {
    const name = this.operations.of(operation);
    this.requests.inc({ operation: name });
    this.latency.observe({ operation: name }, seconds);
    for (const code of errorCodes) this.errors.inc({ operation: name, code: this.codes.of(code) });
  }

  recordSubgraphFetch(subgraph: string, operation: string | null | undefined, seconds: number, failed: boolean): void {
    this.fetches.observe(
      { subgraph, operation: this.operations.of(operation), outcome: failed ? 'error' : 'ok' },
      seconds,
    );
  }

  recordImportRows(accepted: number, rejected: number): void {
    this.importRows.inc({ outcome: 'accepted' }, accepted);
    this.importRows.inc({ outcome: 'rejected' }, rejected);
  }

  /** Reports the pool's connections at every scrape (a gauge read when asked, never polled). */
  watchPool(read: () => PoolUse | null): void {
    new Gauge({
      name: 'laa_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const use = read();
        if (!use) return;
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
  }

  /** The text a Prometheus scrape reads, with its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
