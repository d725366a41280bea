import { notFound, ruleViolation } from '@laa/errors';
import { SignedIn } from '@laa/identity';
import { DataSource, In, IsNull } from 'typeorm';
import { ModerationFlag } from '../entities/moderation-flag';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { moderatorRole, personLabel } from '../rules/sign-off-rules';

/** Cross-GO moderation: an agreement in sign-off can be marked for a consistency review; Ministers sign only once it is resolved. */
export class ModerationService {
  constructor(private readonly db: DataSource) {}

  flagsOf(ids: readonly string[]): Promise<ModerationFlag[]> {
    return this.db
      .getRepository(ModerationFlag)
      .find({ where: { agreementId: In([...ids]) }, order: { raisedAt: 'ASC' } });
  }

  /** By a cross-GO moderator (declared on the operation), kept with the role in which they moderate. */
  async flag(person: SignedIn, input: { agreementId: string; reason: string }): Promise<ModerationFlag> {
    const role = moderatorRole(person);
    const signOff = await this.db.getRepository(SignOff).findOneBy({ agreementId: input.agreementId });
    if (!signOff || signOff.stage === SignOffStage.SIGNED) {
      throw ruleViolation(
        'moderation-during-sign-off',
        `Consistency review applies to agreements in sign-off (this one is ${signOff?.stage ?? SignOffStage.NOT_STARTED})`,
      );
    }
    const open = await this.db
      .getRepository(ModerationFlag)
      .countBy({ agreementId: input.agreementId, resolvedAt: IsNull() });
    if (open) throw ruleViolation('one-review-at-a-time', 'The agreement is already under consistency review');
    const repository = this.db.getRepository(ModerationFlag);
    return repository.save(
      repository.create({
        agreementId: input.agreementId,
        raisedBy: personLabel(person),
        raisedByRole: role,
        reason: input.reason,
        raisedAt: new Date(),
      }),
    );
  }

  async resolve(person: SignedIn, input: { flagId: string; resolution: string }): Promise<ModerationFlag> {
    const role = moderatorRole(person);
    const repository = this.db.getRepository(ModerationFlag);
    const flag = await repository.findOneBy({ id: input.flagId });
    if (!flag) throw notFound('Consistency review', input.flagId);
    if (flag.resolvedAt)
      throw ruleViolation('already-resolved', `The review was already resolved by ${flag.resolvedBy}`);
    Object.assign(flag, {
      resolvedBy: personLabel(person),
      resolvedByRole: role,
      resolution: input.resolution,
      resolvedAt: new Date(),
    });
    return repository.save(flag);
  }
}
