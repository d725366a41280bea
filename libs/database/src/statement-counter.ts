import { Logger, QueryRunner } from 'typeorm';

/** Counts every SQL statement TypeORM sends: the benchmark reads it to prove DataLoader batching. */
export class StatementCounter {
  private total = 0;
  count(): number {
    return this.total;
  }
  increment(): void {
    this.total++;
  }
}

export const statementCounter = new StatementCounter();

type LogSink = (level: 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/** TypeORM logger: counts statements, reports failed and slow ones, stays quiet otherwise. */
export class CountingLogger implements Logger {
  /** Migrations and seeds are slow by nature (and queue behind each other on an embedded database): not worth a warning. */
  private started = false;

  constructor(
    private readonly sink: LogSink,
    private readonly slowMs = 1000,
  ) {}

  /** From now on a slow statement is a warning: the service is serving. */
  serving(): void {
    this.started = true;
  }

  logQuery(): void {
    statementCounter.increment();
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.sink('error', 'query failed', { error: String(error), query });
  }
  logQuerySlow(time: number, query: string): void {
    if (this.started && time >= this.slowMs) this.sink('warn', 'slow query', { ms: time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (/error|fail/i.test(message)) this.sink('warn', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink('warn', String(message));
  }
}

/** Tells a subgraph's database logger that start-up (migrations, seeds) is over. */
export function reportSlowQueries(dataSource: { logger: unknown }): void {
  if (dataSource.logger instanceof CountingLogger) dataSource.logger.serving();
}
