import { AccessRule, enforceAccess, requireSignedIn, SignedIn } from '@laa/identity';
import { AuthCheckerFn, createParameterDecorator } from 'type-graphql';
import { SubgraphContext } from './context';

/**
 * type-graphql's authChecker for every subgraph: an operation declares who may call it with `@Authorized(Access.x)`,
 * and this checks the rules against the caller and the subgraph's region before the operation reads its arguments.
 * It throws the identity checks' own errors (UNAUTHENTICATED, FORBIDDEN with their reasons) rather than answering
 * false, so a declared rule refuses exactly as a hand-called check did.
 */
export const accessChecker: AuthCheckerFn<SubgraphContext<unknown>, AccessRule> = ({ context }, rules) => {
  enforceAccess(rules, context.caller, { region: context.region });
  return true;
};

/**
 * The signed-in person calling, for an operation that records who acted (UNAUTHENTICATED for the public, should the
 * operation declare no rule that refuses them first).
 */
export const SignedInPerson = () =>
  createParameterDecorator<SubgraphContext<unknown>>(({ context }): SignedIn => requireSignedIn(context.caller));
