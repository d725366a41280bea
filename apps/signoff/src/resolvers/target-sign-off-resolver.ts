import { requireDraftReader, Access, SignedIn } from '@laa/identity';
import { Arg, Ctx, Directive, Mutation, Resolver, Root, FieldResolver, Authorized } from 'type-graphql';
import { judgeTargetSignOff, Target, TargetSignOff } from '../entities/target';
import { CONFIRMING_DEPARTMENT_RULE } from '../rules/confirming-department';
import { SignedInPerson } from '@laa/subgraph';
import { TARGET_SIGNERS } from '../rules/sign-off-access';
import { SignOffContext } from './context';
import { signOffLoaders } from './loaders';
import { SignOffTargetInput } from './target-sign-off.inputs';

@Resolver(() => Target)
export class TargetSignOffResolver {
  @Authorized(Access.signedIn)
  @Directive('@requires(fields: "version")')
  @FieldResolver(() => TargetSignOff, {
    nullable: true,
    description:
      'The latest sign-off of the target, judged against its current version: valid: false (with why) once the target changed after it. Draft readers.',
  })
  async signOff(@Root() target: Target, @Ctx() context: SignOffContext): Promise<TargetSignOff | null> {
    const record = await signOffLoaders(context).targetSignOff.load(target.id);
    if (!record) return null;
    requireDraftReader(context.caller, { region: context.region, area: record.areaCode });
    return judgeTargetSignOff(record, target.version);
  }

  @Authorized(Access.signedIn)
  @Directive('@requires(fields: "version")')
  @FieldResolver(() => [TargetSignOff], {
    description:
      'Every sign-off of the target, oldest first, each judged against its current version (only the latest can be valid). Draft readers.',
  })
  async signOffs(@Root() target: Target, @Ctx() context: SignOffContext): Promise<TargetSignOff[]> {
    const records = await signOffLoaders(context).targetSignOffHistory.load(target.id);
    if (records[0]) requireDraftReader(context.caller, { region: context.region, area: records[0].areaCode });
    const latest = records[records.length - 1];
    return records.map((r) =>
      r === latest
        ? judgeTargetSignOff(r, target.version)
        : {
            ...judgeTargetSignOff(r, target.version),
            valid: false,
            invalidatedBecause: 'Superseded by a later sign-off',
          },
    );
  }

  @Authorized(TARGET_SIGNERS)
  @Mutation(() => TargetSignOff, {
    description:
      'A GO theme lead of the region signs off a designated or statutory target at the version the department confirmed, recording the confirmation. ' +
      `${CONFIRMING_DEPARTMENT_RULE} ` +
      "FORBIDDEN for other roles; RULE_VIOLATION for local targets, before the target stage, for another department's confirmation (rule confirming-department, " +
      'extensions.requiredDepartment), or on a signed agreement without an approved change; CONFLICT if the target changed.',
  })
  async signOffTarget(
    @Arg('input') input: SignOffTargetInput,
    @SignedInPerson() themeLead: SignedIn,
    @Ctx() { services, authorization }: SignOffContext,
  ): Promise<TargetSignOff> {
    const record = await services.targets.signOff(themeLead, input, authorization);
    return judgeTargetSignOff(record, record.targetVersion);
  }
}
