export * from './random';
export * from './series';
export * from './agreements';
