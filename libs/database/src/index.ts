export * from './data-source';
export * from './server';
export * from './embedded';
export * from './optimistic-lock';
export * from './seed-runs';
export * from './batch-insert';
export * from './statement-counter';
export * from './calendar-date';
