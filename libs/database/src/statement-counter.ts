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
  constructor(private readonly sink: LogSink, private readonly slowMs = 1000) {}
  logQuery(): void {
    statementCounter.increment();
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.sink('error', 'query failed', { error: String(error), query });
  }
  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowMs) this.sink('warn', 'slow query', { ms: time, query });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (/error|fail/i.test(message)) this.sink('warn', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink('warn', String(message));
  }
}
