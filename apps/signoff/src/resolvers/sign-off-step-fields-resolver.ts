import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { SignOffStep } from '../entities/sign-off';
import { SignOffContext } from './context';
import { signOffLoaders } from './loaders';

@Resolver(() => SignOffStep)
export class SignOffStepFieldsResolver {
  @FieldResolver(() => [GoverningBodyAgreement], {
    description: "For PARTNERS_AGREED: each partner's governing body that agreed.",
  })
  governingBodies(@Root() step: SignOffStep, @Ctx() context: SignOffContext): Promise<GoverningBodyAgreement[]> {
    return signOffLoaders(context).governingBodies.load(step.id);
  }
}
