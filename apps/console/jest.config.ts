/**
 * @jest-config-loader ts-node
 * @jest-config-loader-options {"transpileOnly": true}
 */
export default {
  displayName: 'console',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.{spec,test}.ts'],
  moduleNameMapper: {
    '^@laa/domain/vocabulary$': '<rootDir>/../../libs/domain/src/vocabulary.ts',
    '^@laa/csv$': '<rootDir>/../../libs/csv/src/index.ts',
  },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
};
