import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** The pg pool under TypeORM's driver: connections open, idle, and requests waiting for one (null once closed). */
export function poolUse(dataSource: DataSource): { total: number; idle: number; waiting: number } | null {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!dataSource.isInitialized || !pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
