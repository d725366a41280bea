import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

export function resolveTargetReference(
  reference: Pick<Target, 'id'>,
  context: AgreementsContext,
): Promise<Target | null> {
  return agreementsLoaders(context).target.load(reference.id);
}
