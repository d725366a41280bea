import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { SignOffContext } from './context';
import { signOffLoaders } from './loaders';

@Resolver(() => Agreement)
export class AgreementSignOffResolver {
  @FieldResolver(() => SignOff, {
    description: "The agreement's sign-off: NOT_STARTED until the LSP signs off the draft.",
  })
  async signOff(@Root() agreement: Agreement, @Ctx() context: SignOffContext): Promise<SignOff> {
    const found = await signOffLoaders(context).signOff.load(agreement.id);
    return found ?? { agreementId: agreement.id, stage: SignOffStage.NOT_STARTED, version: 0 };
  }
}
