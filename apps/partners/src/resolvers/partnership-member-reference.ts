import { PartnershipMember } from '../entities/partnership';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

export function resolvePartnershipMemberReference(
  reference: Pick<PartnershipMember, 'id'>,
  context: PartnersContext,
): Promise<PartnershipMember | null> {
  return partnersLoaders(context).member.load(reference.id);
}
