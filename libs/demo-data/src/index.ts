export * from './random';
export * from './series';
export * from './agreements';
export * from './national-evidence';
