export * from './regions';
export * from './themes';
export * from './departments';
export * from './reference-status';
export * from './polarity';
export * from './priority-criteria';
export * from './levels';
import './graphql-enums';
