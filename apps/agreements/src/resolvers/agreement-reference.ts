import { Agreement } from '../entities/agreement';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

export function resolveAgreementReference(
  reference: Pick<Agreement, 'id'>,
  context: AgreementsContext,
): Promise<Agreement | null> {
  return agreementsLoaders(context).agreement.load(reference.id);
}
