import { Region } from '../entities/region';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

export function resolveRegionReference(
  reference: Pick<Region, 'code'>,
  context: PartnersContext,
): Promise<Region | null> {
  return partnersLoaders(context).region.load(reference.code);
}
