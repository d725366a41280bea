/**
 * @jest-config-loader ts-node
 * @jest-config-loader-options {"transpileOnly": true}
 */
import preset = require('../jest.preset.js');

export default {
  ...preset,
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.{spec,test}.ts'],
  moduleNameMapper: Object.fromEntries(
    Object.entries(preset.moduleNameMapper as Record<string, string>).map(([k, v]) => [
      k,
      v.replace('/../../', '/../'),
    ]),
  ),
};
