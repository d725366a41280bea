import { DataSource } from 'typeorm';
import { SignedVersion } from '../entities/signed-version';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetChangeKind, TargetChangeRequest, TargetChangeStatus } from '../entities/target-change';

export interface ChangePermit {
  allowed: boolean;
  reason: string | null;
}

const ALLOWED: ChangePermit = { allowed: true, reason: null };
const refused = (reason: string): ChangePermit => ({ allowed: false, reason });

/**
 * Whether a target of an agreement may change now, as the agreements subgraph asks before it writes. Before
 * signature anything may (a change just invalidates the target's sign-off); once signed, only what controlled
 * refresh opened: a target reopened by an approved change, one not in the latest signed version (new, or
 * dropped by an approved removal), a designated target added under an approved addition, and local targets.
 */
export async function targetChangePermit(db: DataSource, agreementId: string, change: { targetId?: string | null; addingKind?: string | null }): Promise<ChangePermit> {
  const signOff = await db.getRepository(SignOff).findOneBy({ agreementId });
  if (signOff?.stage !== SignOffStage.SIGNED) return ALLOWED;
  const [latest, approved] = await Promise.all([
    db.getRepository(SignedVersion).findOne({ where: { agreementId }, order: { number: 'DESC' } }),
    db.getRepository(TargetChangeRequest).findBy({ agreementId, status: TargetChangeStatus.APPROVED }),
  ]);
  if (change.targetId) {
    const signed = latest?.targets.find((t) => t.targetId === change.targetId);
    if (!signed || signed.kind === 'LOCAL' || approved.some((r) => r.targetId === change.targetId)) return ALLOWED;
    return refused(`The agreement is signed: ${signed.indicatorCode ?? 'this target'} changes only through controlled refresh (requestTargetChange); once the change is approved, only that target reopens`);
  }
  if (change.addingKind === 'LOCAL') return ALLOWED;
  if (change.addingKind === 'DESIGNATED' && approved.some((r) => r.change === TargetChangeKind.ADD_DESIGNATED)) return ALLOWED;
  return refused('The agreement is signed: a designated target is added only once Ministers approve it (requestTargetChange with ADD_DESIGNATED)');
}
