export * from './environment';
export * from './variables';
export * from './topology';
export * from './auth';
export * from './services';
