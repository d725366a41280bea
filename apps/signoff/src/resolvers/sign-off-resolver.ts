import { Access } from '@laa/identity';
import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { ModerationFlag } from '../entities/moderation-flag';
import { Recommendation } from '../entities/recommendation';
import { SignedVersion } from '../entities/signed-version';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { TargetChangeRequest, TargetChangeStatus } from '../entities/target-change';
import { SignOffContext } from './context';
import { readDraft } from './draft-access';
import { signOffLoaders } from './loaders';

@Resolver(() => SignOff)
export class SignOffResolver {
  @Authorized(Access.signedIn)
  @FieldResolver(() => [SignOffStep], {
    description: 'Every step so far, oldest first, each with who, role, when and why (signed-in callers only).',
  })
  steps(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignOffStep[]> {
    return signOffLoaders(context).steps.load(signOff.agreementId);
  }

  @FieldResolver(() => Recommendation, {
    nullable: true,
    description: "The Regional Director's current recommendation (the latest), once made (draft readers of the area).",
  })
  async recommendation(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<Recommendation | null> {
    await readDraft(signOff, context);
    const [latest] = await signOffLoaders(context).recommendations.load(signOff.agreementId);
    return latest ?? null;
  }

  @FieldResolver(() => [Recommendation], {
    description:
      'Recommendations the RD made before the current one (targets changed since), newest first; each kept as it was (draft readers of the area).',
  })
  async earlierRecommendations(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<Recommendation[]> {
    await readDraft(signOff, context);
    return (await signOffLoaders(context).recommendations.load(signOff.agreementId)).slice(1);
  }

  @Authorized(Access.signedIn)
  @FieldResolver(() => [CabinetConsultation], {
    description: "The Secretary of State's consultations of Cabinet colleagues (signed-in callers).",
  })
  cabinetConsultations(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<CabinetConsultation[]> {
    return signOffLoaders(context).consultations.load(signOff.agreementId);
  }

  @Authorized(Access.signedIn)
  @FieldResolver(() => [ModerationFlag], {
    description: 'Cross-GO consistency reviews, open and resolved, oldest first (signed-in callers).',
  })
  consistencyReviews(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<ModerationFlag[]> {
    return signOffLoaders(context).reviews.load(signOff.agreementId);
  }

  @FieldResolver(() => [SignedVersion], {
    description:
      "Every signed version: Ministers' signature, then each controlled refresh (public: signed agreements are).",
  })
  signedVersions(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignedVersion[]> {
    return signOffLoaders(context).signedVersions.load(signOff.agreementId);
  }

  @FieldResolver(() => [TargetChangeRequest], {
    description: 'Controlled refresh requests of a signed agreement, oldest first (draft readers of the area).',
  })
  async targetChangeRequests(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<TargetChangeRequest[]> {
    await readDraft(signOff, context);
    return signOffLoaders(context).changeRequests.load(signOff.agreementId);
  }

  @FieldResolver(() => [ID], {
    description:
      'Targets reopened by an approved change, awaiting a new sign-off: only these may change in a signed agreement.',
  })
  async reopenedTargetIds(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<string[]> {
    await readDraft(signOff, context);
    const requests = await signOffLoaders(context).changeRequests.load(signOff.agreementId);
    return requests
      .filter((r) => r.status === TargetChangeStatus.APPROVED && r.targetId)
      .map((r) => r.targetId as string);
  }
}
