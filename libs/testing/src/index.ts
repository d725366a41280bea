export * from './database';
export * from './region-harness';
export * from './browser';
export * from './launcher-process';
export * from './pdf';
export * from './mixed-load';
export * from './production-region';
