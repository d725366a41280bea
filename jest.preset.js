// Shared Jest settings: SWC keeps decorator metadata (type-graphql and TypeORM need it) and the
// tsconfig paths map the @laa/* imports to source.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/../../${target}`]),
);

module.exports = {
  testEnvironment: 'node',
  // jose ships only ES modules; SWC turns them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper,
  // Unit tests (pure: no database, server, browser or child process) are *.spec.ts, integration tests *.test.ts:
  // `test` runs both, `test:unit` and `test:integration` one kind each (nx.json).
  testMatch: ['<rootDir>/src/**/*.{spec,test}.ts'],
  // A hang guard, not a time limit: starting a seeded region (migrations, reference data, demo data, derivation) takes
  // well over a minute when the two cores are shared.
  testTimeout: 300000,
};
