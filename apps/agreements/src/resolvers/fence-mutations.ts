import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Caller } from '@laa/identity';
import { requirePeer } from '@laa/subgraph';
import { AgreementsContext } from './context';
import { FenceAgreementInput, TargetPermitInput } from './fence-mutations.inputs';

const WHAT = "fence an agreement's targets or open them (only signing, and approving a change, do)";
/** Who did it, for the fence's record: the person sign-off acts for. */
const actor = (caller: Caller) => (caller.authenticated ? caller.name : 'sign-off');

/**
 * The fence protocol's operations, called only by the signoff subgraph with its peer key (docs/ARCHITECTURE.md).
 * They are @inaccessible: the gateway does not serve them, and a direct call without the key is FORBIDDEN.
 */
@Resolver()
export class FenceMutations {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Fences the targets at the versions being signed; CONFLICT if any changed.' })
  async fenceAgreementTargets(
    @Arg('input') input: FenceAgreementInput,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.fenceAgreement(input, actor(context.caller));
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'The signature is recorded: the fence stands.' })
  async confirmAgreementFence(
    @Arg('agreementId', () => ID) agreementId: string,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.confirm(agreementId);
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: "The signature was not recorded: the attempt's fence comes down. False if it held none.",
  })
  releaseAgreementFence(
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('attemptId', () => ID) attemptId: string,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    return context.services.fences.release(agreementId, attemptId);
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description:
      'A target signed off again under controlled refresh is fenced at that version; CONFLICT if it changed.',
  })
  async fenceTarget(
    @Arg('targetId', () => ID) targetId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.fenceTarget(targetId, version);
    return true;
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: 'Opens exactly the approved change; issuing the same permit again changes nothing.',
  })
  async issueTargetPermit(@Arg('input') input: TargetPermitInput, @Ctx() context: AgreementsContext): Promise<boolean> {
    requirePeer(context, 'signoff', WHAT);
    await context.services.fences.issuePermit(input, actor(context.caller));
    return true;
  }
}
