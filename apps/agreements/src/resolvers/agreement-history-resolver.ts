import { notFound, badInput } from '@laa/errors';
import { requireDraftReader } from '@laa/identity';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementComparison, AgreementRevision } from '../entities/agreement-revision';
import { compareRevisions } from '../services/revisions';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

/** Every change to an agreement is a revision: the history, and any two versions compared. */
@Resolver(() => Agreement)
export class AgreementHistoryResolver {
  @FieldResolver(() => [AgreementRevision], {
    description: 'Every change to the agreement, newest first: who, when, what. Draft readers only.',
  })
  history(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<AgreementRevision[]> {
    requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
    return agreementsLoaders(context).revisions.load(agreement.id);
  }

  @Query(() => AgreementComparison, {
    description:
      'What was added, removed and changed between two versions of an agreement, and by whom. Draft readers of its area only.',
  })
  async compareAgreementVersions(
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() context: AgreementsContext,
  ): Promise<AgreementComparison> {
    const agreement = await agreementsLoaders(context).agreement.load(agreementId);
    if (!agreement) throw notFound('Agreement', agreementId);
    requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
    if (from < 1 || to < from || to > agreement.version) {
      throw badInput(`Compare versions with 1 <= from <= to <= ${agreement.version} (the current version)`);
    }
    const revisions = await context.services.agreements.revisionsBetween(agreementId, from, to);
    return { agreementId, from, to, differences: compareRevisions(revisions) };
  }
}
