import { requireDraftReader } from '@laa/identity';
import { SignOff } from '../entities/sign-off';
import { notFound } from '@laa/errors';
import { SignOffContext } from './context';
import { signOffLoaders } from './loaders';

/**
 * Draft-level sign-off records need a draft reader of the agreement's area. A sign-off row keeps its area; an
 * agreement whose sign-off has not started (or a row from before the area was kept) asks the agreements subgraph.
 */
export async function readDraft(signOff: SignOff, context: SignOffContext): Promise<void> {
  const area = signOff.areaCode ?? (await signOffLoaders(context).agreementArea.load(signOff.agreementId))?.areaCode;
  if (!area) throw notFound('Agreement', signOff.agreementId);
  requireDraftReader(context.caller, { region: context.region, area });
}
