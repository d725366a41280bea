import { AreaType } from '@laa/reference-data';
import { registerEnumType } from 'type-graphql';

registerEnumType(AreaType, { name: 'AreaType', description: 'The kind of upper-tier authority of an area in 2008.' });

export { AreaType };
