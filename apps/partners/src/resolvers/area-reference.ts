import { Area } from '../entities/area';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

export function resolveAreaReference(reference: Pick<Area, 'code'>, context: PartnersContext): Promise<Area | null> {
  return partnersLoaders(context).area.load(reference.code);
}
