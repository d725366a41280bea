// The whole-region test harness: it starts the platform, so it lives with it (libs/testing holds what needs no app).
export * from './region-harness';
