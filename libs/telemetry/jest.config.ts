/**
 * @jest-config-loader ts-node
 * @jest-config-loader-options {"transpileOnly": true}
 */
import preset = require('../../jest.preset.js');

export default { ...preset, displayName: 'telemetry', rootDir: __dirname };
