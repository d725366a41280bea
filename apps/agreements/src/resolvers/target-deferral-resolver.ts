import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BaselineDeferral } from '../entities/baseline-deferral';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';
import { requireTargetReader } from './target-access';

@Resolver(() => Target)
export class TargetDeferralResolver {
  @FieldResolver(() => BaselineDeferral, {
    nullable: true,
    description:
      "The latest deferral of the target's baseline (requested, approved or refused), null if none was asked. Signature needs a reliable baseline or an approved deferral for every designated and statutory target. Draft readers only.",
  })
  async baselineDeferral(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<BaselineDeferral | null> {
    await requireTargetReader(target, context);
    return agreementsLoaders(context).baselineDeferral.load(target.id);
  }
}
