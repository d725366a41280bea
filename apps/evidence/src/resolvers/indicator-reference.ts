import { Indicator } from '../entities/indicator';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

export function resolveIndicatorReference(
  reference: Pick<Indicator, 'code'>,
  context: EvidenceContext,
): Promise<Indicator | null> {
  return evidenceLoaders(context).indicator.load(reference.code);
}
