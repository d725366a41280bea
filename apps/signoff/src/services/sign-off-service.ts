import { RegionCode } from '@laa/domain';
import { conflict, forbidden, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn } from '@laa/identity';
import { PeerSubgraphs } from '@laa/subgraph';
import { DataSource, EntityManager, In } from 'typeorm';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';
import { entitlingRole, STEP_TAKERS } from './sign-off-rules';

export interface SignOffStepRequest {
  agreementId: string;
  stage: SignOffStage;
  /** The sign-off version the caller read (0 before the first step). */
  expectedVersion: number;
  reason: string;
}

interface AgreementFacts {
  agreement: { area: { code: string }; stage: string } | null;
}

/** Reads sign-off records and takes steps; batch methods back the DataLoaders. */
export class SignOffService {
  constructor(private readonly db: DataSource, private readonly region: RegionCode, private readonly peers: PeerSubgraphs) {}

  ofAgreements(ids: readonly string[]): Promise<SignOff[]> {
    return this.db.getRepository(SignOff).findBy({ agreementId: In([...ids]) });
  }

  stepsOf(ids: readonly string[]): Promise<SignOffStep[]> {
    return this.db.getRepository(SignOffStep).find({ where: { agreementId: In([...ids]) }, order: { takenAt: 'ASC' } });
  }

  /** Takes the next step of an agreement's sign-off, if the caller holds the role for it and the order allows. */
  async takeStep(caller: Caller, request: SignOffStepRequest): Promise<SignOff> {
    const person = requireSignedIn(caller);
    if (request.stage === SignOffStage.NOT_STARTED) throw ruleViolation('sign-off-order', 'NOT_STARTED is not a step');
    const agreement = await this.agreementFacts(request.agreementId);
    const role = entitlingRole(caller, request.stage, { region: this.region, area: agreement.area.code });
    if (!role) throw forbidden(`Only ${STEP_TAKERS[request.stage].label} may take the step ${request.stage}`);
    if (agreement.stage !== 'SUBMITTED') {
      throw ruleViolation('sign-off-needs-submitted-draft', `The agreement is at ${agreement.stage}: sign-off starts once the draft is SUBMITTED`);
    }
    return this.db.transaction(async (manager) => {
      const current = await manager.findOne(SignOff, { where: { agreementId: request.agreementId }, lock: { mode: 'pessimistic_write' } });
      const stage = current?.stage ?? SignOffStage.NOT_STARTED;
      const version = current?.version ?? 0;
      if (version !== request.expectedVersion) {
        throw conflict(`Sign-off of agreement ${request.agreementId} changed (you had version ${request.expectedVersion}, it is now ${version}): reload`, { stage, version });
      }
      const next = SIGN_OFF_ORDER[SIGN_OFF_ORDER.indexOf(stage) + 1];
      if (request.stage !== next) {
        throw ruleViolation('sign-off-order', next ? `The agreement is at ${stage}: the next step is ${next}, not ${request.stage}` : 'The agreement is already signed');
      }
      await this.record(manager, request, { id: person.id, name: person.name, role }, version);
      return manager.findOneByOrFail(SignOff, { agreementId: request.agreementId });
    });
  }

  private async record(manager: EntityManager, request: SignOffStepRequest, person: { id: string; name: string; role: string }, version: number) {
    if (version === 0) await manager.insert(SignOff, { agreementId: request.agreementId, stage: request.stage, version: 1 });
    else await manager.update(SignOff, { agreementId: request.agreementId, version }, { stage: request.stage, version: version + 1 });
    await manager.insert(SignOffStep, {
      agreementId: request.agreementId,
      stage: request.stage,
      takenBy: `${person.name} (${person.id})`,
      role: person.role,
      reason: request.reason,
      takenAt: new Date(),
      synthetic: false,
    });
  }

  /** The agreement's area and negotiation stage: facts the agreements subgraph owns. */
  private async agreementFacts(agreementId: string): Promise<NonNullable<AgreementFacts['agreement']>> {
    const { agreement } = await this.peers.query<AgreementFacts>(
      'agreements',
      'query ($id: ID!) { agreement(id: $id) { stage area { code } } }',
      { id: agreementId },
    );
    if (!agreement) throw notFound('Agreement', agreementId);
    return agreement;
  }
}

export interface SignOffServices {
  signOffs: SignOffService;
}
