export * from './csv';
export * from './files';
export * from './indicators';
export * from './areas';
export * from './statutory';
