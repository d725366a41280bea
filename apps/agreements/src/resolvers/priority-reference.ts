import { requireDraftReader } from '@laa/identity';
import { Priority } from '../entities/priority';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

/** A priority reached from another subgraph (soft intelligence points at priorities) is draft content of its area. */
export async function resolvePriorityReference(
  reference: Pick<Priority, 'id'>,
  context: AgreementsContext,
): Promise<Priority | null> {
  const loaders = agreementsLoaders(context);
  const priority = await loaders.priority.load(reference.id);
  const agreement = priority ? await loaders.agreement.load(priority.agreementId) : null;
  if (!priority || !agreement) return null;
  requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
  return priority;
}
