export * from './database';
export * from './region-harness';
