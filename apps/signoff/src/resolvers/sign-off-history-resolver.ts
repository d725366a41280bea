import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SignOff } from '../entities/sign-off';
import { SignOffReadiness } from '../entities/sign-off-blocker';
import { SignOffEvent } from '../entities/sign-off-event';
import { signOffHistory } from '../services/history';
import { SignOffContext } from './context';
import { readDraft } from './draft-access';
import { signOffLoaders } from './loaders';

@Resolver(() => SignOff)
export class SignOffHistoryResolver {
  @FieldResolver(() => [SignOffEvent], {
    description:
      "The whole sign-off history, oldest first: every step, target sign-off (with the department's confirmation), Cabinet consultation, " +
      'consistency review, refresh request and decision, and signed version, each with the named person, role where recorded, time and reason. Draft readers of the area.',
  })
  async history(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignOffEvent[]> {
    await readDraft(signOff, context);
    const loaders = signOffLoaders(context);
    const id = signOff.agreementId;
    const [steps, targetSignOffs, consultations, reviews, changes, versions] = await Promise.all([
      loaders.steps.load(id),
      loaders.agreementTargetSignOffs.load(id),
      loaders.consultations.load(id),
      loaders.reviews.load(id),
      loaders.changeRequests.load(id),
      loaders.signedVersions.load(id),
    ]);
    const governingBodies = (await loaders.governingBodies.loadMany(steps.map((s) => s.id))).flatMap((b) =>
      Array.isArray(b) ? b : [],
    );
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
}
