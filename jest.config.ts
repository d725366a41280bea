/**
 * @jest-config-loader ts-node
 * @jest-config-loader-options {"transpileOnly": true}
 */
// Every project's tests in one Jest run (`npx jest`); `npm test` runs them per project through Nx.
export default {
  projects: ['<rootDir>/apps/*/jest.config.ts', '<rootDir>/libs/*/jest.config.ts', '<rootDir>/tools/jest.config.ts'],
};
