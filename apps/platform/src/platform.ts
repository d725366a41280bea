export * from './region';
export * from './console-server';
export * from './subgraphs';
