import { canReadDrafts } from '@laa/identity';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { PartnershipMember } from '../entities/references';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@Resolver(() => PartnershipMember)
export class PartnershipMemberResolver {
  @FieldResolver(() => [Target], {
    description:
      'Every target the member leads or contributes to, across agreements: only those of agreements whose drafts the caller may read.',
  })
  async commitments(@Root() member: PartnershipMember, @Ctx() context: AgreementsContext): Promise<Target[]> {
    const loaders = agreementsLoaders(context);
    const targets = await loaders.commitments.load(member.id);
    const agreements = await loaders.agreement.loadMany([...new Set(targets.map((t) => t.agreementId))]);
    const readable = new Set(
      agreements
        .filter((a): a is Agreement => !!a && !(a instanceof Error))
        .filter((a) => canReadDrafts(context.caller, { region: a.regionCode, area: a.areaCode }))
        .map((a) => a.id),
    );
    return targets.filter((t) => readable.has(t.agreementId));
  }
}

export const resolvePartnershipMemberReference = (reference: { id: string }): PartnershipMember => ({
  id: reference.id,
});
