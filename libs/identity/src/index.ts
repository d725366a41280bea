export * from './roles';
export * from './tokens';
export * from './access';
export * from './access-rules';
export * from './development-users';
export * from './gateway-key';
export * from './council-secret';
