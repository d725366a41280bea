import { Department, RegionCode, THEME_NAMES } from '@laa/domain';
import { conflict, ruleViolation } from '@laa/errors';
import { Role, SignedIn } from '@laa/identity';
import { DataSource, In } from 'typeorm';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';
import { AgreementFenceClient } from '../peers/agreement-fence';
import { AgreementFactsClient } from '../peers/agreement-facts';
import { checkConfirmingDepartment } from '../rules/confirming-department';
import { needsSignOff, targetLabel } from '../rules/readiness';
import { personLabel, themeLeadFor } from '../rules/sign-off-rules';
import { TargetRefreshService } from './target-refresh-service';

export interface TargetSignOffRequest {
  targetId: string;
  targetVersion: number;
  departmentConfirmation: { department: Department; confirmedBy: string; confirmedOn: string; note?: string | null };
}

/** The rule under which a theme lead's sign-off of a target outside their themes is refused. */
export const THEME_LEAD_THEME = 'theme-lead-theme';

/** Stages at which targets are being agreed: a theme lead signs each off once its department confirms it. */
const SIGNABLE_STAGES = ['TARGETS', 'SUBMITTED'];

/** A GO theme lead's sign-off of one version of a designated or statutory target. */
export class TargetSignOffService {
  constructor(
    private readonly db: DataSource,
    private readonly region: RegionCode,
    private readonly facts: AgreementFactsClient,
    private readonly refresh: TargetRefreshService,
    private readonly fences: AgreementFenceClient,
  ) {}

  /** Every sign-off of these targets (the loader keeps the latest of each). */
  ofTargets(ids: readonly string[]): Promise<TargetSignOffRecord[]> {
    return this.db
      .getRepository(TargetSignOffRecord)
      .find({ where: { targetId: In([...ids]) }, order: { signedAt: 'ASC' } });
  }

  ofAgreements(ids: readonly string[]): Promise<TargetSignOffRecord[]> {
    return this.db
      .getRepository(TargetSignOffRecord)
      .find({ where: { agreementId: In([...ids]) }, order: { signedAt: 'ASC' } });
  }

  /** A theme lead of the region (declared on the operation) signs off a target of a theme they lead. */
  async signOff(person: SignedIn, request: TargetSignOffRequest, authorization?: string): Promise<TargetSignOffRecord> {
    const target = await this.facts.target(request.targetId, authorization);
    if (!themeLeadFor(person, this.region, target.theme)) {
      throw ruleViolation(
        THEME_LEAD_THEME,
        `${targetLabel(target)} is in the theme ${THEME_NAMES[target.theme]}: only a theme lead of that theme signs it off`,
        { theme: target.theme },
      );
    }
    if (!needsSignOff(target))
      throw ruleViolation(
        'local-target-no-sign-off',
        "Local targets are the partnership's own: only designated and statutory targets are signed off",
      );
    if (!SIGNABLE_STAGES.includes(target.agreement.stage)) {
      throw ruleViolation(
        'target-sign-off-stage',
        `The agreement is at ${target.agreement.stage}: targets are signed off once they are being agreed (TARGETS or SUBMITTED)`,
      );
    }
    if (target.version !== request.targetVersion) {
      throw conflict(
        `Target ${target.id} changed (you confirmed version ${request.targetVersion}, it is now ${target.version}): confirm the current version`,
        { version: target.version },
      );
    }
    // The department that answers for the target confirms it; the reference data (asked of evidence, before any transaction) says which.
    const indicator =
      target.kind === 'STATUTORY_DCSF'
        ? null
        : await this.facts.indicatorDepartment(target.indicator.code, authorization);
    checkConfirmingDepartment(target, indicator, request.departmentConfirmation);
    const signOff = await this.db.getRepository(SignOff).findOneBy({ agreementId: target.agreement.id });
    const signed = signOff?.stage === SignOffStage.SIGNED;
    const change = signed ? await this.refresh.approvedChangeFor(target.agreement.id, target.id) : null;
    if (signed && !change) {
      throw ruleViolation(
        'signed-target-closed',
        'The agreement is signed: a change to its targets needs an approved request first (requestTargetChange)',
      );
    }
    if (change) this.refresh.checkApproved(change, target);
    // Signed: agreements fences the target at the version signed off (CONFLICT if it changed since), before the record is written.
    if (signed) await this.fences.fenceTarget(target.id, target.version, authorization);
    const { departmentConfirmation: confirmation } = request;
    return this.db.transaction(async (manager) => {
      const record = manager.create(TargetSignOffRecord, {
        targetId: target.id,
        agreementId: target.agreement.id,
        areaCode: target.agreement.area.code,
        targetVersion: target.version,
        indicatorCode: target.indicator.code,
        signedBy: personLabel(person),
        role: Role.THEME_LEAD,
        department: confirmation.department,
        confirmedBy: confirmation.confirmedBy,
        confirmedOn: confirmation.confirmedOn,
        note: confirmation.note ?? '',
        signedAt: new Date(),
        synthetic: false,
      });
      await manager.save(record);
      if (change) await this.refresh.apply(manager, change, target, { by: personLabel(person), role: Role.THEME_LEAD });
      return record;
    });
  }
}
