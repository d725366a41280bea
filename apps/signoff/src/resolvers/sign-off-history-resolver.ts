import { Arg, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import { SignOff } from '../entities/sign-off';
import { SignOffReadiness, TargetChangePermit } from '../entities/sign-off-blocker';
import { SignOffEvent } from '../entities/sign-off-event';
import { signOffHistory } from '../services/history';
import { SignOffContext } from './context';
import { readDraft } from './draft-access';
import { signOffLoaders } from './loaders';

@Resolver(() => SignOff)
export class SignOffHistoryResolver {
  @FieldResolver(() => [SignOffEvent], {
    description:
      'The whole sign-off history, oldest first: every step, target sign-off (with the department\'s confirmation), Cabinet consultation, ' +
      'consistency review, refresh request and decision, and signed version, each with the named person, role where recorded, time and reason. Draft readers of the area.',
  })
  async history(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignOffEvent[]> {
    await readDraft(signOff, context);
    const loaders = signOffLoaders(context);
    const id = signOff.agreementId;
    const [steps, targetSignOffs, consultations, reviews, changes, versions] = await Promise.all([
      loaders.steps.load(id), loaders.agreementTargetSignOffs.load(id), loaders.consultations.load(id),
      loaders.reviews.load(id), loaders.changeRequests.load(id), loaders.signedVersions.load(id),
    ]);
    const governingBodies = (await loaders.governingBodies.loadMany(steps.map((s) => s.id))).flatMap((b) => (Array.isArray(b) ? b : []));
    return signOffHistory({ steps, governingBodies, targetSignOffs, consultations, reviews, changes, versions });
  }

  @FieldResolver(() => SignOffReadiness, {
    description:
      'The next step, who takes it and what stops it now (open negotiation points, targets without a valid sign-off, Cabinet, reviews, a recommendation ' +
      'out of date), the same list the step would be refused with. Draft readers of the area; asks the agreements subgraph, so read it for one agreement at a time.',
  })
  async readiness(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignOffReadiness> {
    await readDraft(signOff, context);
    return context.services.signOffs.readiness(signOff, context.authorization);
  }

  @FieldResolver(() => TargetChangePermit, {
    description:
      'Whether a target may change now (targetId), or a target of this kind be added (addingKind: DESIGNATED, STATUTORY_DCSF, LOCAL): always before signature; ' +
      'once signed, only targets reopened by an approved change, targets not in the latest signed version, local targets, and designated additions Ministers approved. ' +
      'A target reopened by an approved CHANGE_LEVELS may carry only the approved levels (levels: what the change sets) and is not removed under it (removing: true). ' +
      'The agreements subgraph asks it before every target change, with the change it is about to make. Draft readers of the area.',
  })
  async targetChangePermit(
    @Root() signOff: SignOff,
    @Ctx() context: SignOffContext,
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Arg('addingKind', () => String, { nullable: true }) addingKind: string | null,
    @Arg('levels', () => [Float], { nullable: 'itemsAndList', description: 'The three levels the change sets (leave out when it does not change them).' }) levels: (number | null)[] | null,
    @Arg('removing', () => Boolean, { nullable: true, description: 'True when the change removes the target.' }) removing: boolean | null,
  ): Promise<TargetChangePermit> {
    await readDraft(signOff, context);
    return context.services.refresh.permit(signOff.agreementId, { targetId, addingKind, levels, removing });
  }
}
