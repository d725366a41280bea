import { RegionCode } from '@laa/domain';
import { badInput, conflict, forbidden, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn } from '@laa/identity';
import { PeerSubgraphs } from '@laa/subgraph';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { ModerationFlag } from '../entities/moderation-flag';
import { Recommendation } from '../entities/recommendation';
import { SignedVersion } from '../entities/signed-version';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';
import { AgreementFactsClient } from './agreement-facts';
import { describeMissing, missingForRecommendation, unsignedTargets } from './readiness';
import { recommendationHtml } from './recommendation-document';
import { entitlingRole, personLabel, STEP_TAKERS } from './sign-off-rules';

export interface GoverningBodyInput {
  organisation: string;
  body: string;
  agreedOn: string;
}

export interface SignOffStepRequest {
  agreementId: string;
  stage: SignOffStage;
  /** The sign-off version the caller read (0 before the first step). */
  expectedVersion: number;
  reason: string;
  /** PARTNERS_AGREED: each partner's governing body that agreed. */
  governingBodies?: GoverningBodyInput[] | null;
  /** RD_RECOMMENDED: the likely impact, for the recommendation document. */
  likelyImpact?: string | null;
}

/** What the step adds beyond the step row itself, prepared before the transaction (peer calls stay outside it). */
interface StepExtras {
  recommendation?: (takenBy: string) => string;
  signedTargets?: { targetId: string; version: number; kind: string }[];
}

/** The chain from the LSP to Ministers: each step by its role, in order, under its conditions. */
export class SignOffService {
  readonly facts: AgreementFactsClient;

  constructor(private readonly db: DataSource, private readonly region: RegionCode, peers: PeerSubgraphs) {
    this.facts = new AgreementFactsClient(peers);
  }

  ofAgreements(ids: readonly string[]): Promise<SignOff[]> {
    return this.db.getRepository(SignOff).findBy({ agreementId: In([...ids]) });
  }

  stepsOf(ids: readonly string[]): Promise<SignOffStep[]> {
    return this.db.getRepository(SignOffStep).find({ where: { agreementId: In([...ids]) }, order: { takenAt: 'ASC' } });
  }

  governingBodiesOf(stepIds: readonly string[]): Promise<GoverningBodyAgreement[]> {
    return this.db.getRepository(GoverningBodyAgreement).find({ where: { stepId: In([...stepIds]) }, order: { organisation: 'ASC' } });
  }

  recommendationsOf(ids: readonly string[]): Promise<Recommendation[]> {
    return this.db.getRepository(Recommendation).findBy({ agreementId: In([...ids]) });
  }

  consultationsOf(ids: readonly string[]): Promise<CabinetConsultation[]> {
    return this.db.getRepository(CabinetConsultation).find({ where: { agreementId: In([...ids]) }, order: { recordedAt: 'ASC' } });
  }

  signedVersionsOf(ids: readonly string[]): Promise<SignedVersion[]> {
    return this.db.getRepository(SignedVersion).find({ where: { agreementId: In([...ids]) }, order: { number: 'ASC' } });
  }

  /** Takes the next step of an agreement's sign-off, if the caller holds the role for it, the order allows and its conditions hold. */
  async takeStep(caller: Caller, request: SignOffStepRequest, authorization?: string): Promise<SignOff> {
    const person = requireSignedIn(caller);
    if (request.stage === SignOffStage.NOT_STARTED) throw ruleViolation('sign-off-order', 'NOT_STARTED is not a step');
    const agreement = await this.facts.agreement(request.agreementId);
    const role = entitlingRole(caller, request.stage, { region: this.region, area: agreement.area.code });
    if (!role) throw forbidden(`Only ${STEP_TAKERS[request.stage].label} may take the step ${request.stage}`);
    if (agreement.stage !== 'SUBMITTED') {
      throw ruleViolation('sign-off-needs-submitted-draft', `The agreement is at ${agreement.stage}: sign-off starts once the draft is SUBMITTED`);
    }
    // Stale or out of order is said first; the step's own conditions (which ask the agreements subgraph) after.
    checkCurrent(await this.db.getRepository(SignOff).findOneBy({ agreementId: request.agreementId }), request);
    const extras = await this.checkConditions(request, authorization);
    return this.db.transaction(async (manager) => {
      const locked = await manager.findOne(SignOff, { where: { agreementId: request.agreementId }, lock: { mode: 'pessimistic_write' } });
      const version = locked?.version ?? 0;
      checkCurrent(locked, request);
      const takenBy = personLabel(person);
      const stepId = await this.record(manager, request, { takenBy, role, areaCode: agreement.area.code }, version);
      await this.recordExtras(manager, request, stepId, takenBy, extras);
      return manager.findOneByOrFail(SignOff, { agreementId: request.agreementId });
    });
  }

  /** Each step's own conditions, refused with what is missing. */
  private async checkConditions(request: SignOffStepRequest, authorization?: string): Promise<StepExtras> {
    switch (request.stage) {
      case SignOffStage.PARTNERS_AGREED:
        if (!request.governingBodies?.length) {
          throw ruleViolation('partners-agreed-needs-bodies', 'Record each partner\'s governing body that agreed (council, PCT Board, Police Authority, ...) in governingBodies');
        }
        return {};
      case SignOffStage.TARGETS_SIGNED_OFF: {
        const facts = await this.facts.draft(request.agreementId, authorization);
        const missing = unsignedTargets(facts.targets, await this.targetSignOffsOf(request.agreementId));
        if (missing.length) throw ruleViolation('targets-need-sign-off', describeMissing('Every designated and statutory target needs a valid sign-off first', missing));
        return {};
      }
      case SignOffStage.RD_RECOMMENDED:
        return this.checkRecommendation(request, authorization);
      case SignOffStage.SIGNED:
        return this.checkSignature(request, authorization);
      default:
        return {};
    }
  }

  private async checkRecommendation(request: SignOffStepRequest, authorization?: string): Promise<StepExtras> {
    const facts = await this.facts.draft(request.agreementId, authorization);
    const missing = missingForRecommendation(facts, await this.targetSignOffsOf(request.agreementId));
    if (missing.length) throw ruleViolation('recommendation-not-ready', describeMissing('The Regional Director cannot recommend this agreement yet', missing));
    const document = await this.facts.forRecommendation(request.agreementId, authorization);
    const generatedAt = new Date();
    const likelyImpact = request.likelyImpact?.trim() || 'Not stated by the Regional Director.';
    return {
      recommendation: (recommendedBy) =>
        recommendationHtml({ facts: document, recommendedBy, likelyImpact, reason: request.reason, generatedAt, synthetic: false }),
    };
  }

  private async checkSignature(request: SignOffStepRequest, authorization?: string): Promise<StepExtras> {
    const [consultations, flags] = await Promise.all([
      this.db.getRepository(CabinetConsultation).countBy({ agreementId: request.agreementId }),
      this.db.getRepository(ModerationFlag).findBy({ agreementId: request.agreementId, resolvedAt: IsNull() }),
    ]);
    if (consultations === 0) throw ruleViolation('signature-needs-cabinet', 'The Secretary of State has not yet consulted Cabinet colleagues (recordCabinetConsultation)');
    if (flags.length) throw ruleViolation('signature-under-review', `The agreement is under consistency review: ${flags[0].reason}`);
    const facts = await this.facts.draft(request.agreementId, authorization);
    const missing = unsignedTargets(facts.targets, await this.targetSignOffsOf(request.agreementId));
    if (missing.length) throw ruleViolation('targets-need-sign-off', describeMissing('A target changed since it was signed off', missing));
    return { signedTargets: facts.targets.map((t) => ({ targetId: t.id, version: t.version, kind: t.kind })) };
  }

  targetSignOffsOf(agreementId: string): Promise<TargetSignOffRecord[]> {
    return this.db.getRepository(TargetSignOffRecord).findBy({ agreementId });
  }

  private async record(
    manager: EntityManager,
    request: SignOffStepRequest,
    step: { takenBy: string; role: string; areaCode: string },
    version: number,
  ): Promise<string> {
    if (version === 0) await manager.insert(SignOff, { agreementId: request.agreementId, stage: request.stage, version: 1, areaCode: step.areaCode });
    else await manager.update(SignOff, { agreementId: request.agreementId, version }, { stage: request.stage, version: version + 1, areaCode: step.areaCode });
    const inserted = await manager.insert(SignOffStep, {
      agreementId: request.agreementId,
      stage: request.stage,
      takenBy: step.takenBy,
      role: step.role,
      reason: request.reason,
      takenAt: new Date(),
      synthetic: false,
    });
    return inserted.identifiers[0].id as string;
  }

  private async recordExtras(manager: EntityManager, request: SignOffStepRequest, stepId: string, takenBy: string, extras: StepExtras) {
    if (request.stage === SignOffStage.PARTNERS_AGREED) {
      const bodies = (request.governingBodies ?? []).map((b) => ({ ...b, agreementId: request.agreementId, stepId, synthetic: false }));
      await manager.insert(GoverningBodyAgreement, bodies);
    }
    if (extras.recommendation) {
      await manager.upsert(Recommendation, { agreementId: request.agreementId, html: extras.recommendation(takenBy), recommendedBy: takenBy, generatedAt: new Date() }, ['agreementId']);
    }
    if (extras.signedTargets) {
      await manager.insert(SignedVersion, { agreementId: request.agreementId, number: 1, targets: extras.signedTargets, signedBy: takenBy, reason: request.reason, signedAt: new Date() });
    }
  }

  /** The Secretary of State's consultation of Cabinet colleagues, recorded by a Minister once the RD has recommended. */
  async recordCabinetConsultation(caller: Caller, input: { agreementId: string; colleagues: string[]; outcome: string }): Promise<CabinetConsultation> {
    const person = requireSignedIn(caller);
    if (!person.grants.some((g) => g.role === 'MINISTER')) throw forbidden('Only a Minister may record the Secretary of State\'s consultation of Cabinet colleagues');
    const signOff = await this.db.getRepository(SignOff).findOneBy({ agreementId: input.agreementId });
    if (signOff?.stage !== SignOffStage.RD_RECOMMENDED) {
      throw ruleViolation('cabinet-after-recommendation', `Cabinet colleagues are consulted once the Regional Director has recommended (the agreement is at ${signOff?.stage ?? SignOffStage.NOT_STARTED})`);
    }
    const colleagues = input.colleagues.map((c) => c.trim()).filter(Boolean);
    if (!colleagues.length) throw badInput('Name the Cabinet colleagues consulted');
    const repository = this.db.getRepository(CabinetConsultation);
    return repository.save(repository.create({ agreementId: input.agreementId, colleagues, outcome: input.outcome, recordedBy: personLabel(person), recordedAt: new Date() }));
  }
}

function checkCurrent(current: SignOff | null, request: SignOffStepRequest): void {
  const stage = current?.stage ?? SignOffStage.NOT_STARTED;
  const version = current?.version ?? 0;
  if (version !== request.expectedVersion) {
    throw conflict(`Sign-off of agreement ${request.agreementId} changed (you had version ${request.expectedVersion}, it is now ${version}): reload`, { stage, version });
  }
  checkOrder(stage, request.stage);
}

function checkOrder(stage: SignOffStage, requested: SignOffStage): void {
  const next = SIGN_OFF_ORDER[SIGN_OFF_ORDER.indexOf(stage) + 1];
  if (requested !== next) {
    throw ruleViolation('sign-off-order', next ? `The agreement is at ${stage}: the next step is ${next}, not ${requested}` : 'The agreement is already signed');
  }
}
