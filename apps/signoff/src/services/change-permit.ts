import { DataSource } from 'typeorm';
import { SignedVersion } from '../entities/signed-version';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetChangeKind, TargetChangeRequest, TargetChangeStatus } from '../entities/target-change';

export interface ChangePermit {
  allowed: boolean;
  reason: string | null;
  /** The stable rule a refusal is given under (RULE_VIOLATION's extensions.rule); null when allowed. */
  rule: string | null;
}

/** What the agreements subgraph is about to write, as it asks sign-off before its transaction opens. */
export interface ProposedTargetChange {
  /** The target changed or removed (none when adding one). */
  targetId?: string | null;
  /** The kind of target being added (none when changing one). */
  addingKind?: string | null;
  /** The three levels the change sets (none when it leaves them as they are). */
  levels?: (number | null)[] | null;
  /** True when the change removes the target. */
  removing?: boolean | null;
}

/** Rules a refused change is named by: the target is closed, or the change is not the one approved. */
export const SIGNED_TARGET_CLOSED = 'SIGNED_TARGET_CLOSED';
export const REFRESH_AS_APPROVED = 'refresh-as-approved';

const ALLOWED: ChangePermit = { allowed: true, reason: null, rule: null };
const refused = (rule: string, reason: string): ChangePermit => ({ allowed: false, reason, rule });

const levelsText = (levels: readonly (number | null)[]) => levels.map((l) => (l === null ? '-' : String(l))).join(' / ');

/** True when the levels are exactly the approved ones, year by year. */
export const sameLevels = (approved: readonly (number | null)[], levels: readonly (number | null)[]) =>
  approved.length === levels.length && approved.every((level, year) => level === levels[year]);

/**
 * Whether the change an approved request reopened a target for is the change being made: an approved CHANGE_LEVELS
 * lets the target carry exactly the approved levels (not others), and does not let it be removed (that is
 * REMOVE_DESIGNATED, Ministers' decision). Other fields may still be corrected: the theme lead signs the whole
 * target off again, and that sign-off checks the levels once more.
 */
export function approvedChangeRefusal(request: Pick<TargetChangeRequest, 'change' | 'proposedLevels'>, change: ProposedTargetChange, label: string): ChangePermit | null {
  if (request.change !== TargetChangeKind.CHANGE_LEVELS || !request.proposedLevels) return null;
  const approved = request.proposedLevels;
  if (change.removing) {
    return refused(REFRESH_AS_APPROVED, `The approved change sets ${label}'s levels to ${levelsText(approved)}; removing the target needs its own approval (requestTargetChange with REMOVE_DESIGNATED)`);
  }
  if (change.levels && !sameLevels(approved, change.levels)) {
    return refused(
      REFRESH_AS_APPROVED,
      `The approved change sets ${label}'s levels to ${levelsText(approved)}, not ${levelsText(change.levels)}: set the approved levels, or request another change`,
    );
  }
  return null;
}

/**
 * Whether a target of an agreement may change now, as the agreements subgraph asks before it writes. Before
 * signature anything may (a change just invalidates the target's sign-off); once signed, only what controlled
 * refresh opened: a target reopened by an approved change (and then only to what was approved), one not in the
 * latest signed version (new, or dropped by an approved removal), a designated target added under an approved
 * addition, and local targets (the partnership's own, with no refresh).
 */
export async function targetChangePermit(db: DataSource, agreementId: string, change: ProposedTargetChange): Promise<ChangePermit> {
  const signOff = await db.getRepository(SignOff).findOneBy({ agreementId });
  if (signOff?.stage !== SignOffStage.SIGNED) return ALLOWED;
  const [latest, approved] = await Promise.all([
    db.getRepository(SignedVersion).findOne({ where: { agreementId }, order: { number: 'DESC' } }),
    db.getRepository(TargetChangeRequest).findBy({ agreementId, status: TargetChangeStatus.APPROVED }),
  ]);
  if (change.targetId) {
    const signed = latest?.targets.find((t) => t.targetId === change.targetId);
    if (!signed || signed.kind === 'LOCAL') return ALLOWED;
    const label = signed.indicatorCode ?? 'this target';
    const reopenedBy = approved.find((r) => r.targetId === change.targetId);
    if (reopenedBy) return approvedChangeRefusal(reopenedBy, change, label) ?? ALLOWED;
    return refused(SIGNED_TARGET_CLOSED, `The agreement is signed: ${label} changes only through controlled refresh (requestTargetChange); once the change is approved, only that target reopens`);
  }
  if (change.addingKind === 'LOCAL') return ALLOWED;
  if (change.addingKind === 'DESIGNATED' && approved.some((r) => r.change === TargetChangeKind.ADD_DESIGNATED)) return ALLOWED;
  return refused(SIGNED_TARGET_CLOSED, 'The agreement is signed: a designated target is added only once Ministers approve it (requestTargetChange with ADD_DESIGNATED)');
}
