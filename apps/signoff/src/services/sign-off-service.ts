import { DataSource, In } from 'typeorm';
import { SignOff, SignOffStep } from '../entities/sign-off';

/** Reads sign-off records; batch methods back the DataLoaders. */
export class SignOffService {
  constructor(private readonly db: DataSource) {}

  ofAgreements(ids: readonly string[]): Promise<SignOff[]> {
    return this.db.getRepository(SignOff).findBy({ agreementId: In([...ids]) });
  }

  stepsOf(ids: readonly string[]): Promise<SignOffStep[]> {
    return this.db.getRepository(SignOffStep).find({ where: { agreementId: In([...ids]) }, order: { takenAt: 'ASC' } });
  }
}

export interface SignOffServices {
  signOffs: SignOffService;
}
