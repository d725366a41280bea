export * from './service-identity';
export * from './trace-ids';
export * from './tracing';
export * from './metrics';
export * from './bounded-label';
export * from './peer-span';
