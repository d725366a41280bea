import { requireDraftReader } from '@laa/identity';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

/** Draft content of a target (however it was reached, also as a federation entity) needs a draft reader of its area. */
export async function requireTargetReader(target: Target, context: AgreementsContext): Promise<void> {
  const agreement = await agreementsLoaders(context).agreement.load(target.agreementId);
  if (agreement) requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
}
