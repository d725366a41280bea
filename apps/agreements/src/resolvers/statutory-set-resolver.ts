import { today } from '@laa/database';
import { badInput } from '@laa/errors';
import { requireDraftReader } from '@laa/identity';
import { requirePeer } from '@laa/subgraph';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementsContext } from './context';
import { StatutoryMembershipsInput, DAY } from './statutory-set.inputs';

/** Agreements' copy of the statutory set: fed by evidence, read by the rule that every agreement holds the set in force. */
@Resolver(() => Agreement)
export class StatutorySetResolver {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description:
      "Evidence sends an indicator's statutory memberships after a steward's correction; sending them again changes nothing.",
  })
  async holdStatutoryMemberships(
    @Arg('input') input: StatutoryMembershipsInput,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'evidence', 'send corrections of the statutory set');
    await context.services.statutorySet.holdCorrection(
      input.indicatorCode,
      input.memberships.map((m) => ({ ...m, to: m.to ?? null })),
    );
    return true;
  }

  @FieldResolver(() => [String], {
    description:
      'The statutory DCSF indicators in force on the day (default today) that this agreement has no statutory target with all three levels for: ' +
      "submission, the RD's recommendation and Ministers' signature are refused until it is empty. Draft readers only.",
  })
  missingStatutoryIndicators(
    @Root() agreement: Agreement,
    @Ctx() context: AgreementsContext,
    @Arg('on', () => String, { nullable: true, description: 'The day (YYYY-MM-DD); today when omitted.' })
    on?: string | null,
  ): Promise<string[]> {
    requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
    const day = on ?? today();
    if (!DAY.test(day)) throw badInput(`on must be a date, YYYY-MM-DD (got "${day}")`);
    return context.services.statutorySet.missingOf(agreement.id, day);
  }
}
