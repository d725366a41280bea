import { requireSignedIn } from '@laa/identity';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SignOffContext } from './context';
import { signOffLoaders } from './loaders';

@Resolver(() => SignOff)
export class SignOffResolver {
  @FieldResolver(() => [SignOffStep], { description: 'Every step so far, oldest first (signed-in callers only).' })
  steps(@Root() signOff: SignOff, @Ctx() context: SignOffContext): Promise<SignOffStep[]> {
    requireSignedIn(context.caller);
    return signOffLoaders(context).steps.load(signOff.agreementId);
  }
}
