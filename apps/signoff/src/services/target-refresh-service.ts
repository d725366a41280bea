import { RegionCode, sameLevels } from '@laa/domain';
import { badInput, conflict, forbidden, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn, Role, SignedIn } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { signedTarget, SignedVersion } from '../entities/signed-version';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { ApprovalLevel, TargetChangeKind, TargetChangeRequest, TargetChangeStatus } from '../entities/target-change';
import { AgreementFenceClient } from '../peers/agreement-fence';
import { AgreementFactsClient, TargetContentFact } from '../peers/agreement-facts';
import { REFRESH_AS_APPROVED } from '../rules/change-permit';
import { editorRole, grantIn, personLabel } from '../rules/sign-off-rules';

/**
 * The GO may approve level changes within this tolerance of the signed level (each year, relative);
 * anything bigger, and adding or removing designated targets, goes to Ministers.
 */
export const GO_TOLERANCE = 0.1;

export interface TargetChangeInput {
  agreementId: string;
  targetId?: string | null;
  change: TargetChangeKind;
  proposedLevels?: number[] | null;
  proposedBaseline?: { value: number; period: string; source: string; provisional: boolean } | null;
  reason: string;
}

export interface TargetChangeDecision {
  requestId: string;
  expectedVersion: number;
  approve: boolean;
  reason: string;
}

/** Who approves a level change: the GO within the tolerance, Ministers beyond it. */
export function approvalLevelFor(current: (number | null)[], proposed: number[]): ApprovalLevel {
  const within = proposed.every((level, year) => {
    const signed = current[year];
    if (signed === null || signed === undefined) return false;
    if (signed === 0) return level === 0;
    return Math.abs(level - signed) / Math.abs(signed) <= GO_TOLERANCE;
  });
  return within ? ApprovalLevel.GOVERNMENT_OFFICE : ApprovalLevel.MINISTERS;
}

const OPEN = [TargetChangeStatus.REQUESTED, TargetChangeStatus.APPROVED];

const NO_BASELINES = { currentBaseline: null, proposedBaseline: null };

/**
 * A baseline refresh of a designated or statutory target (a deferred baseline now to hand, or a revised figure): the
 * GO approves it, as it approved the deferral; the levels stay as signed (a change of levels is its own request).
 */
function baselineChange(target: TargetContentFact, proposed: TargetChangeInput['proposedBaseline']) {
  if (!proposed)
    throw badInput('CHANGE_BASELINE needs proposedBaseline: the value, period, source and whether it is provisional');
  const current = target.baseline
    ? { value: target.baseline.value, period: target.baseline.period, source: null, provisional: null }
    : null;
  return {
    currentLevels: target.levels,
    proposedLevels: null,
    currentBaseline: current,
    proposedBaseline: { ...proposed },
    approvalLevel: ApprovalLevel.GOVERNMENT_OFFICE,
  };
}

function checkBaselineApproved(change: TargetChangeRequest, target: TargetContentFact): void {
  const proposed = change.proposedBaseline;
  if (!proposed || (target.baseline?.value === proposed.value && target.baseline.period === proposed.period)) return;
  const now = target.baseline ? `${target.baseline.value} (${target.baseline.period})` : 'no baseline';
  throw ruleViolation(
    REFRESH_AS_APPROVED,
    `The approved change sets the baseline ${proposed.value} (${proposed.period}); the target has ${now}: set the approved baseline, or request another change`,
  );
}

/** Approved (a removal is applied at once) but not yet opened by the agreements subgraph. */
const awaitsPermit = (request: TargetChangeRequest) =>
  !request.permitIssuedAt &&
  (request.status === TargetChangeStatus.APPROVED ||
    (request.status === TargetChangeStatus.APPLIED && request.change === TargetChangeKind.REMOVE_DESIGNATED));

/** Controlled refresh of a signed agreement: a change reopens only its target, approved at the level it needs. */
export class TargetRefreshService {
  constructor(
    private readonly db: DataSource,
    private readonly region: RegionCode,
    private readonly facts: AgreementFactsClient,
    private readonly fences: AgreementFenceClient,
  ) {}

  requestsOf(agreementIds: readonly string[]): Promise<TargetChangeRequest[]> {
    return this.db
      .getRepository(TargetChangeRequest)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { requestedAt: 'ASC' } });
  }

  async request(caller: Caller, input: TargetChangeInput, authorization?: string): Promise<TargetChangeRequest> {
    const person = requireSignedIn(caller);
    const agreement = await this.facts.agreement(input.agreementId);
    const role = editorRole(person, { region: this.region, area: agreement.area.code });
    if (!role) {
      throw forbidden(
        `Only the partnership officers of area ${agreement.area.code} or its GO may request a change to its agreement`,
      );
    }
    const signOff = await this.db.getRepository(SignOff).findOneBy({ agreementId: input.agreementId });
    if (signOff?.stage !== SignOffStage.SIGNED) {
      throw ruleViolation(
        'refresh-needs-signed',
        `The agreement is at ${signOff?.stage ?? SignOffStage.NOT_STARTED}: change its targets in negotiation; controlled refresh is for signed agreements`,
      );
    }
    const levels = await this.levelsAndApproval(input, authorization);
    if (input.targetId) {
      const open = await this.db
        .getRepository(TargetChangeRequest)
        .countBy({ targetId: input.targetId, status: In(OPEN) });
      if (open)
        throw ruleViolation(
          'one-change-at-a-time',
          `Target ${input.targetId} already has a change requested or approved`,
        );
    }
    const repository = this.db.getRepository(TargetChangeRequest);
    return repository.save(
      repository.create({
        agreementId: input.agreementId,
        targetId: input.targetId ?? null,
        change: input.change,
        ...levels,
        status: TargetChangeStatus.REQUESTED,
        requestedBy: personLabel(person),
        requestedByRole: role,
        reason: input.reason,
        requestedAt: new Date(),
        version: 1,
      }),
    );
  }

  private async levelsAndApproval(input: TargetChangeInput, authorization?: string) {
    if (input.change === TargetChangeKind.ADD_DESIGNATED) {
      return {
        currentLevels: null,
        proposedLevels: input.proposedLevels ?? null,
        approvalLevel: ApprovalLevel.MINISTERS,
        ...NO_BASELINES,
      };
    }
    if (!input.targetId) throw badInput(`${input.change} needs targetId`);
    const target = await this.facts.target(input.targetId, authorization);
    if (target.agreement.id !== input.agreementId) throw notFound('Target of this agreement', input.targetId);
    if (target.kind === 'LOCAL') {
      throw ruleViolation(
        'local-target-no-refresh',
        "Local targets are the partnership's own: they change without central approval (updateTarget), no refresh needed",
      );
    }
    if (input.change === TargetChangeKind.REMOVE_DESIGNATED) {
      if (target.kind !== 'DESIGNATED')
        throw ruleViolation('remove-designated-only', 'Only designated targets are removed through a refresh');
      return {
        currentLevels: target.levels,
        proposedLevels: null,
        approvalLevel: ApprovalLevel.MINISTERS,
        ...NO_BASELINES,
      };
    }
    if (input.change === TargetChangeKind.CHANGE_BASELINE) return baselineChange(target, input.proposedBaseline);
    if (input.proposedLevels?.length !== 3)
      throw badInput('proposedLevels must have exactly three values, one per year');
    return {
      currentLevels: target.levels,
      proposedLevels: input.proposedLevels,
      approvalLevel: approvalLevelFor(target.levels, input.proposedLevels),
      ...NO_BASELINES,
    };
  }

  /**
   * Approves or rejects a request: the region's RD or DRD within the tolerance, a Minister otherwise. An approval is
   * committed first, then the agreements subgraph opens exactly that change (its permit, keyed by the request): a
   * failure in between leaves the change approved and the target still closed (never the other way round), and
   * approving the request again, at its new version, opens it.
   */
  async decide(person: SignedIn, input: TargetChangeDecision, authorization?: string): Promise<TargetChangeRequest> {
    const decided = await this.record(person, input);
    if (decided.status === TargetChangeStatus.REJECTED) return decided;
    await this.fences.issuePermit(decided, authorization);
    await this.db.getRepository(TargetChangeRequest).update({ id: decided.id }, { permitIssuedAt: new Date() });
    return { ...decided, permitIssuedAt: new Date() };
  }

  private record(
    person: ReturnType<typeof requireSignedIn>,
    input: TargetChangeDecision,
  ): Promise<TargetChangeRequest> {
    return this.db.transaction(async (manager) => {
      const request = await manager.findOne(TargetChangeRequest, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('Target change request', input.requestId);
      const approvers =
        request.approvalLevel === ApprovalLevel.MINISTERS
          ? [Role.MINISTER]
          : [Role.REGIONAL_DIRECTOR, Role.DEPUTY_REGIONAL_DIRECTOR, Role.MINISTER];
      const role = grantIn(person, approvers, this.region);
      if (!role) {
        throw forbidden(
          request.approvalLevel === ApprovalLevel.MINISTERS
            ? "This change needs a Minister's approval"
            : `Only the Regional Director or a Deputy of region ${this.region} (or a Minister) may approve this change`,
        );
      }
      if (request.version !== input.expectedVersion)
        throw conflict(`Request ${request.id} changed: reload`, { version: request.version, status: request.status });
      // Approved, but agreements did not answer when asked to open it: approving again only asks again.
      if (input.approve && awaitsPermit(request)) return request;
      if (request.status !== TargetChangeStatus.REQUESTED)
        throw ruleViolation('already-decided', `The request is already ${request.status}`);
      const decided = {
        decidedBy: personLabel(person),
        decidedByRole: role,
        decisionReason: input.reason,
        decidedAt: new Date(),
        version: request.version + 1,
      };
      const status = input.approve ? TargetChangeStatus.APPROVED : TargetChangeStatus.REJECTED;
      await manager.update(TargetChangeRequest, { id: request.id }, { ...decided, status });
      const result = { ...request, ...decided, status };
      // A removal needs no new sign-off: the approval itself makes the new signed version.
      if (input.approve && request.change === TargetChangeKind.REMOVE_DESIGNATED) {
        await this.recordVersion(
          manager,
          request.agreementId,
          (targets) => targets.filter((t) => t.targetId !== request.targetId),
          { by: decided.decidedBy, role },
          request.reason,
        );
        await manager.update(TargetChangeRequest, { id: request.id }, { status: TargetChangeStatus.APPLIED });
        result.status = TargetChangeStatus.APPLIED;
      }
      return result;
    });
  }

  /** The approved change that reopened this target, or an approved addition if the target is new since the last signed version. */
  async approvedChangeFor(agreementId: string, targetId: string): Promise<TargetChangeRequest | null> {
    const approved = await this.db
      .getRepository(TargetChangeRequest)
      .find({ where: { agreementId, status: TargetChangeStatus.APPROVED }, order: { requestedAt: 'ASC' } });
    const own = approved.find((r) => r.targetId === targetId);
    if (own) return own;
    const addition = approved.find((r) => r.change === TargetChangeKind.ADD_DESIGNATED);
    if (!addition) return null;
    const latest = await this.db
      .getRepository(SignedVersion)
      .findOne({ where: { agreementId }, order: { number: 'DESC' } });
    return latest?.targets.some((t) => t.targetId === targetId) ? null : addition;
  }

  /** Refuses a sign-off that would apply something other than what was approved (other levels or another baseline than proposed). */
  checkApproved(change: TargetChangeRequest, target: TargetContentFact): void {
    if (change.change === TargetChangeKind.CHANGE_BASELINE) return checkBaselineApproved(change, target);
    if (change.change !== TargetChangeKind.CHANGE_LEVELS || !change.proposedLevels) return;
    if (!sameLevels(change.proposedLevels, target.levels)) {
      throw ruleViolation(
        REFRESH_AS_APPROVED,
        `The approved change sets levels ${change.proposedLevels.join(' / ')}; the target has ${target.levels.join(' / ')}: set the approved levels, or request another change`,
      );
    }
  }

  /** The changed target is signed off again: the change is applied and a new signed version records it. */
  async apply(
    manager: EntityManager,
    change: TargetChangeRequest,
    target: TargetContentFact,
    signer: { by: string; role: string },
  ): Promise<void> {
    await manager.update(
      TargetChangeRequest,
      { id: change.id },
      { status: TargetChangeStatus.APPLIED, targetId: target.id, version: change.version + 1 },
    );
    const entry = signedTarget(target);
    await this.recordVersion(
      manager,
      change.agreementId,
      (targets) => [...targets.filter((t) => t.targetId !== target.id), entry],
      signer,
      change.reason,
    );
  }

  private async recordVersion(
    manager: EntityManager,
    agreementId: string,
    revise: (targets: SignedVersion['targets']) => SignedVersion['targets'],
    signer: { by: string; role: string },
    reason: string,
  ): Promise<void> {
    const latest = await manager.findOne(SignedVersion, { where: { agreementId }, order: { number: 'DESC' } });
    await manager.insert(SignedVersion, {
      agreementId,
      number: (latest?.number ?? 0) + 1,
      targets: revise(latest?.targets ?? []),
      signedBy: signer.by,
      signedByRole: signer.role,
      reason: `Controlled refresh: ${reason}`,
      signedAt: new Date(),
    });
  }
}
