// The domain's names as plain modules, for the browser: the console imports these, never the barrel (index.ts), which
// registers the server's GraphQL enums.
export * from './departments';
export * from './priority-criteria';
export * from './themes';
