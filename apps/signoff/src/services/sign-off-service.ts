import { RegionCode } from '@laa/domain';
import { badInput, conflict, forbidden, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn, Role, SignedIn } from '@laa/identity';
import { PeerSubgraphs } from '@laa/subgraph';
import { DataSource, EntityManager, In } from 'typeorm';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { latestRecommendation, Recommendation } from '../entities/recommendation';
import { SignedTarget, signedTarget, SignedVersion } from '../entities/signed-version';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';
import { BlockerKind, SignOffBlocker, SignOffReadiness } from '../entities/sign-off-blocker';
import { AgreementFenceClient } from '../peers/agreement-fence';
import { AgreementFactsClient } from '../peers/agreement-facts';
import { assessmentEvidence, EvidenceFactsClient } from '../peers/evidence-facts';
import { leadPartnersWithoutAgreement } from '../rules/partners-agreed';
import { describeMissing, unsignedSinceSignature } from '../rules/readiness';
import { recommendationContent, RecommendationContent } from './recommendation/content';
import { recommendationHtml } from './recommendation/html';
import { nextStages, entitlingRole, personLabel, STEP_TAKERS } from '../rules/sign-off-rules';
import { Signature } from './signature';
import { StepConditions } from './step-conditions';

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
  recommendation?: (takenBy: string) => RecommendationContent;
  signedTargets?: SignedTarget[];
}

/** How each step is refused when its conditions do not hold: the rule, and what the message says first. */
const REFUSALS: Record<SignOffStage, [string, string]> = {
  [SignOffStage.NOT_STARTED]: ['sign-off-order', 'Not a step'],
  [SignOffStage.LSP_SIGNED_OFF]: ['lsp-sign-off-not-ready', 'The LSP cannot sign off yet'],
  [SignOffStage.PARTNERS_AGREED]: ['partners-agreed-not-ready', "The partners' agreement cannot be recorded yet"],
  [SignOffStage.TARGETS_SIGNED_OFF]: [
    'targets-need-sign-off',
    'Every designated and statutory target needs a valid sign-off first',
  ],
  [SignOffStage.RD_RECOMMENDED]: [
    'recommendation-not-ready',
    'The Regional Director cannot recommend this agreement yet',
  ],
  [SignOffStage.SIGNED]: ['signature-not-ready', 'Ministers cannot sign this agreement yet'],
};

/** The chain from the LSP to Ministers: each step by its role, in order, under its conditions. */
export class SignOffService {
  readonly facts: AgreementFactsClient;
  readonly conditions: StepConditions;
  /** The agreements subgraph's fence round signed targets, and the permits refresh opens (docs/ARCHITECTURE.md). */
  readonly fences: AgreementFenceClient;
  private readonly evidence: EvidenceFactsClient;
  private readonly signature: Signature;

  constructor(
    private readonly db: DataSource,
    private readonly region: RegionCode,
    private readonly peers: PeerSubgraphs,
  ) {
    this.facts = new AgreementFactsClient(peers);
    this.evidence = new EvidenceFactsClient(peers);
    this.conditions = new StepConditions(db, this.facts);
    this.fences = new AgreementFenceClient(peers);
    this.signature = new Signature(db, this.fences);
  }

  ofAgreements(ids: readonly string[]): Promise<SignOff[]> {
    return this.db.getRepository(SignOff).findBy({ agreementId: In([...ids]) });
  }

  stepsOf(ids: readonly string[]): Promise<SignOffStep[]> {
    return this.db.getRepository(SignOffStep).find({ where: { agreementId: In([...ids]) }, order: { takenAt: 'ASC' } });
  }

  governingBodiesOf(stepIds: readonly string[]): Promise<GoverningBodyAgreement[]> {
    return this.db
      .getRepository(GoverningBodyAgreement)
      .find({ where: { stepId: In([...stepIds]) }, order: { organisation: 'ASC' } });
  }

  /** Every recommendation of the agreements, newest first. */
  recommendationsOf(ids: readonly string[]): Promise<Recommendation[]> {
    return this.db
      .getRepository(Recommendation)
      .find({ where: { agreementId: In([...ids]) }, order: { version: 'DESC' } });
  }

  consultationsOf(ids: readonly string[]): Promise<CabinetConsultation[]> {
    return this.db
      .getRepository(CabinetConsultation)
      .find({ where: { agreementId: In([...ids]) }, order: { recordedAt: 'ASC' } });
  }

  signedVersionsOf(ids: readonly string[]): Promise<SignedVersion[]> {
    return this.db
      .getRepository(SignedVersion)
      .find({ where: { agreementId: In([...ids]) }, order: { number: 'ASC' } });
  }

  /** Takes the next step of an agreement's sign-off, if the caller holds the role for it, the order allows and its conditions hold. */
  async takeStep(caller: Caller, request: SignOffStepRequest, authorization?: string): Promise<SignOff> {
    const person = requireSignedIn(caller);
    if (request.stage === SignOffStage.NOT_STARTED) throw ruleViolation('sign-off-order', 'NOT_STARTED is not a step');
    const agreement = await this.facts.agreement(request.agreementId);
    const role = entitlingRole(caller, request.stage, { region: this.region, area: agreement.area.code });
    if (!role) throw forbidden(`Only ${STEP_TAKERS[request.stage].label} may take the step ${request.stage}`);
    if (agreement.stage !== 'SUBMITTED') {
      throw ruleViolation(
        'sign-off-needs-submitted-draft',
        `The agreement is at ${agreement.stage}: sign-off starts once the draft is SUBMITTED`,
      );
    }
    // Stale or out of order is said first; the step's own conditions (which ask the agreements subgraph) after.
    const current = await this.db.getRepository(SignOff).findOneBy({ agreementId: request.agreementId });
    checkCurrent(current, request);
    const extras = await this.checkConditions(request, current?.stage ?? SignOffStage.NOT_STARTED, authorization);
    const takenBy = personLabel(person);
    const write = async (manager: EntityManager, locked: SignOff | null) => {
      const stepId = await this.record(
        manager,
        request,
        { takenBy, role, areaCode: agreement.area.code },
        locked?.version ?? 0,
      );
      await this.recordExtras(manager, request, stepId, { takenBy, role }, extras);
      return manager.findOneByOrFail(SignOff, { agreementId: request.agreementId });
    };
    if (extras.signedTargets) {
      // Ministers sign what agreements has fenced at exactly the versions the conditions were judged on.
      const targets = extras.signedTargets.map((t) => ({ targetId: t.targetId, version: t.version }));
      return this.signature.sign(
        {
          agreementId: request.agreementId,
          targets,
          checkCurrent: (locked) => checkCurrent(locked, request),
          record: write,
        },
        authorization,
      );
    }
    return this.db.transaction(async (manager) => {
      const locked = await manager.findOne(SignOff, {
        where: { agreementId: request.agreementId },
        lock: { mode: 'pessimistic_write' },
      });
      checkCurrent(locked, request);
      return write(manager, locked);
    });
  }

  /** Each step's own conditions, refused with what is missing (also in extensions.missing). */
  private async checkConditions(
    request: SignOffStepRequest,
    current: SignOffStage,
    authorization?: string,
  ): Promise<StepExtras> {
    if (request.stage === SignOffStage.PARTNERS_AGREED && !request.governingBodies?.length) {
      throw ruleViolation(
        'partners-agreed-needs-bodies',
        "Record each partner's governing body that agreed (council, PCT Board, Police Authority, ...) in governingBodies",
      );
    }
    if (request.stage === SignOffStage.PARTNERS_AGREED) {
      const missing = leadPartnersWithoutAgreement(
        await this.facts.leadPartners(request.agreementId, authorization),
        request.governingBodies ?? [],
      );
      const what = "The governing body of every partner that leads a target must agree, not the council's alone";
      if (missing.length)
        throw ruleViolation('partners-agreed-needs-lead-partners', describeMissing(what, missing), { missing });
    }
    const { blockers, draft } = await this.conditions.check(request.stage, request.agreementId, authorization);
    if (blockers.length) {
      const [stageRule, what] = REFUSALS[request.stage];
      // The statutory set has one stable rule at every step that needs it (submission refuses with it too), naming the indicators.
      const missingStatutory = blockers.filter((b) => b.kind === BlockerKind.STATUTORY_SET).map((b) => b.ref);
      const rule = missingStatutory.length ? 'STATUTORY_SET_INCOMPLETE' : stageRule;
      throw ruleViolation(rule, describeMissing(what, blockers), {
        missing: blockers,
        ...(missingStatutory.length ? { missingStatutory } : {}),
      });
    }
    if (request.stage === SignOffStage.RD_RECOMMENDED && draft) {
      if (
        current === SignOffStage.RD_RECOMMENDED &&
        !(await this.conditions.recommendationOutOfDate(request.agreementId, draft))
      ) {
        throw ruleViolation(
          'sign-off-order',
          'The Regional Director has already recommended this agreement and its targets have not changed since',
        );
      }
      return this.recommendation(request, authorization);
    }
    if (request.stage === SignOffStage.SIGNED && draft) return { signedTargets: draft.targets.map(signedTarget) };
    return {};
  }

  private async recommendation(request: SignOffStepRequest, authorization?: string): Promise<StepExtras> {
    // Everything the document says is read now, over the peers on the RD's behalf, before the step's transaction opens.
    const facts = await this.facts.forRecommendation(request.agreementId, authorization);
    const evidence = await this.evidence.forPlace(
      facts.area.code,
      facts.targets.map((t) => t.indicator.code),
      authorization,
    );
    const assessed = await assessmentEvidence(this.peers, facts.area.code, facts.targets, authorization);
    const generatedAt = new Date();
    const likelyImpact = request.likelyImpact?.trim() || 'Not stated by the Regional Director.';
    return {
      recommendation: (recommendedBy) =>
        recommendationContent({
          facts,
          evidence,
          assessed,
          recommendedBy,
          likelyImpact,
          reason: request.reason,
          generatedAt,
          synthetic: facts.synthetic,
        }),
    };
  }

  /** The next step, who takes it and what stops it: the same conditions the step is refused with. */
  async readiness(signOff: SignOff, authorization?: string): Promise<SignOffReadiness> {
    const next = nextStages(signOff.stage)[0] ?? null;
    if (!next)
      return {
        nextStage: null,
        takenBy: null,
        ready: false,
        blockers: await this.unsignedSinceSignature(signOff.agreementId, authorization),
      };
    const takenBy = STEP_TAKERS[next].label;
    const agreement = await this.facts.agreement(signOff.agreementId);
    if (agreement.stage !== 'SUBMITTED') {
      const reason = `the draft is at ${agreement.stage}: sign-off starts once it is SUBMITTED`;
      return {
        nextStage: next,
        takenBy,
        ready: false,
        blockers: [{ kind: BlockerKind.DRAFT_NOT_SUBMITTED, ref: null, label: 'Draft not submitted', reason }],
      };
    }
    const { blockers } = await this.conditions.check(next, signOff.agreementId, authorization);
    return { nextStage: next, takenBy, ready: blockers.length === 0, blockers };
  }

  /** A signed agreement's targets that are not as Ministers (or refresh's sign-offs) last signed them. */
  private async unsignedSinceSignature(agreementId: string, authorization?: string): Promise<SignOffBlocker[]> {
    const [draft, latest] = await Promise.all([
      this.facts.draft(agreementId, authorization),
      this.db.getRepository(SignedVersion).findOne({ where: { agreementId }, order: { number: 'DESC' } }),
    ]);
    return unsignedSinceSignature(draft.targets, latest?.targets ?? []);
  }

  targetSignOffsOf(agreementId: string): Promise<TargetSignOffRecord[]> {
    return this.conditions.targetSignOffsOf(agreementId);
  }

  private async record(
    manager: EntityManager,
    request: SignOffStepRequest,
    step: { takenBy: string; role: string; areaCode: string },
    version: number,
  ): Promise<string> {
    if (version === 0)
      await manager.insert(SignOff, {
        agreementId: request.agreementId,
        stage: request.stage,
        version: 1,
        areaCode: step.areaCode,
      });
    else
      await manager.update(
        SignOff,
        { agreementId: request.agreementId, version },
        { stage: request.stage, version: version + 1, areaCode: step.areaCode },
      );
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

  private async recordExtras(
    manager: EntityManager,
    request: SignOffStepRequest,
    stepId: string,
    { takenBy, role }: { takenBy: string; role: string },
    extras: StepExtras,
  ) {
    if (request.stage === SignOffStage.PARTNERS_AGREED) {
      const bodies = (request.governingBodies ?? []).map((b) => ({
        ...b,
        agreementId: request.agreementId,
        stepId,
        synthetic: false,
      }));
      await manager.insert(GoverningBodyAgreement, bodies);
    }
    if (extras.recommendation) {
      const content = extras.recommendation(takenBy);
      const version = ((await latestRecommendation(manager, request.agreementId))?.version ?? 0) + 1;
      await manager.insert(Recommendation, {
        agreementId: request.agreementId,
        version,
        content,
        html: recommendationHtml(content),
        recommendedBy: takenBy,
        generatedAt: new Date(),
      });
    }
    if (extras.signedTargets) {
      await manager.insert(SignedVersion, {
        agreementId: request.agreementId,
        number: 1,
        targets: extras.signedTargets,
        signedBy: takenBy,
        signedByRole: role,
        reason: request.reason,
        signedAt: new Date(),
      });
    }
  }

  /**
   * The Secretary of State's consultation of Cabinet colleagues, recorded by a Minister (declared on the operation)
   * once the RD has recommended.
   */
  async recordCabinetConsultation(
    minister: SignedIn,
    input: { agreementId: string; colleagues: string[]; outcome: string },
  ): Promise<CabinetConsultation> {
    const signOff = await this.db.getRepository(SignOff).findOneBy({ agreementId: input.agreementId });
    if (signOff?.stage !== SignOffStage.RD_RECOMMENDED) {
      throw ruleViolation(
        'cabinet-after-recommendation',
        `Cabinet colleagues are consulted once the Regional Director has recommended (the agreement is at ${signOff?.stage ?? SignOffStage.NOT_STARTED})`,
      );
    }
    const colleagues = input.colleagues.map((c) => c.trim()).filter(Boolean);
    if (!colleagues.length) throw badInput('Name the Cabinet colleagues consulted');
    const repository = this.db.getRepository(CabinetConsultation);
    return repository.save(
      repository.create({
        agreementId: input.agreementId,
        colleagues,
        outcome: input.outcome,
        recordedBy: personLabel(minister),
        recordedByRole: Role.MINISTER,
        recordedAt: new Date(),
      }),
    );
  }
}

function checkCurrent(current: SignOff | null, request: SignOffStepRequest): void {
  const stage = current?.stage ?? SignOffStage.NOT_STARTED;
  const version = current?.version ?? 0;
  if (version !== request.expectedVersion) {
    throw conflict(
      `Sign-off of agreement ${request.agreementId} changed (you had version ${request.expectedVersion}, it is now ${version}): reload`,
      { stage, version },
    );
  }
  checkOrder(stage, request.stage);
}

function checkOrder(stage: SignOffStage, requested: SignOffStage): void {
  const allowed = nextStages(stage);
  if (!allowed.some((step) => step === requested)) {
    throw ruleViolation(
      'sign-off-order',
      allowed.length
        ? `The agreement is at ${stage}: the next step is ${allowed[0]}, not ${requested}`
        : 'The agreement is already signed',
    );
  }
}
