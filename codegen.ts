// `npm run codegen`: the typed GraphQL documents of the console and of the subgraphs' peer clients (tools/codegen).
// CODEGEN_OUT (a folder ending in `/`) writes them elsewhere: the staleness test generates into a temporary folder.
import { codegenConfig } from './tools/codegen/config';

export default codegenConfig('', process.env.CODEGEN_OUT ?? '');
