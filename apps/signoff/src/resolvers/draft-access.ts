import { requireDraftReader } from '@laa/identity';
import { SignOff } from '../entities/sign-off';
import { SignOffContext } from './context';

/**
 * Draft-level sign-off records need a draft reader of the agreement's area. A sign-off row keeps its area; an
 * agreement whose sign-off has not started (or a row from before the area was kept) asks the agreements subgraph.
 */
export async function readDraft(signOff: SignOff, context: SignOffContext): Promise<void> {
  const area = signOff.areaCode ?? (await context.services.signOffs.facts.agreement(signOff.agreementId)).area.code;
  requireDraftReader(context.caller, { region: context.region, area });
}
