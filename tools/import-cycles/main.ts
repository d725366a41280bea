// `npm run import-cycles`: lists the file-level import cycles of the tree (exit 1 if there is one).
import { resolve } from 'node:path';
import { importCycles } from './import-cycles';

const root = resolve(__dirname, '../..');
const cycles = importCycles(root, [resolve(root, 'tsconfig.json'), resolve(root, 'apps/console/tsconfig.json')]);
for (const cycle of cycles) console.log(`import cycle: ${cycle.join(' <-> ')}`);
console.log(cycles.length === 0 ? 'no import cycles' : `${cycles.length} import cycle(s)`);
process.exitCode = cycles.length === 0 ? 0 : 1;
