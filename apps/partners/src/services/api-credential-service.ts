import { RegionCode } from '@laa/domain';
import { ApiError, badInput, ErrorCode, notFound } from '@laa/errors';
import { issueToken, Role, SignedIn, TokenCredential } from '@laa/identity';
import { DataSource, IsNull } from 'typeorm';
import { hashSecret, newClientId, newSecret, secretMatches } from '../credentials/secrets';
import { ApiCredential } from '../entities/api-credential';
import { Area } from '../entities/area';

/** Tokens issued to council systems last 15 minutes, unless their credential is revoked or rotated first. */
export const API_TOKEN_SECONDS = 15 * 60;

/** A credential's generation: the moment its current secret was set. Rotating starts a new one, so older tokens stop. */
export const generationOf = (credential: ApiCredential) => (credential.rotatedAt ?? credential.createdAt).toISOString();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refused = () => new ApiError(ErrorCode.UNAUTHENTICATED, 'Unknown client id, wrong secret or revoked credential');

/**
 * Council systems' credentials: created, listed, rotated and revoked by the region's GO staff (declared on the
 * operations: `Access.regionStaff`).
 */
export class ApiCredentialService {
  constructor(
    private readonly db: DataSource,
    readonly regionCode: RegionCode,
    private readonly authSecret: string,
  ) {}

  list(areaCode?: string): Promise<ApiCredential[]> {
    return this.db
      .getRepository(ApiCredential)
      .find({ where: areaCode ? { areaCode } : {}, order: { createdAt: 'ASC' } });
  }

  async create(
    staff: SignedIn,
    areaCode: string,
    name: string,
  ): Promise<{ credential: ApiCredential; secret: string }> {
    const area = await this.db.getRepository(Area).findOneBy({ code: areaCode });
    if (!area || area.regionCode !== this.regionCode)
      throw badInput(`Area ${areaCode} is not in region ${this.regionCode}`);
    const secret = newSecret();
    const credential = await this.db.getRepository(ApiCredential).save({
      clientId: newClientId(areaCode),
      areaCode,
      name,
      secretHash: await hashSecret(secret),
      createdBy: staff.id,
    });
    return { credential: await this.db.getRepository(ApiCredential).findOneByOrFail({ id: credential.id }), secret };
  }

  async rotate(id: string): Promise<{ credential: ApiCredential; secret: string }> {
    const secret = newSecret();
    const result = await this.db
      .getRepository(ApiCredential)
      .update({ id, revokedAt: IsNull() }, { secretHash: await hashSecret(secret), rotatedAt: new Date() });
    if (!result.affected) throw notFound('Active API credential', id);
    return { credential: await this.db.getRepository(ApiCredential).findOneByOrFail({ id }), secret };
  }

  async revoke(staff: SignedIn, id: string, reason: string): Promise<ApiCredential> {
    const result = await this.db
      .getRepository(ApiCredential)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: staff.id, revokedReason: reason });
    if (!result.affected) throw notFound('Active API credential', id);
    return this.db.getRepository(ApiCredential).findOneByOrFail({ id });
  }

  /** Exchanges a council system's client id and secret for a short-lived token for its one area. */
  async issueApiToken(clientId: string, secret: string): Promise<{ token: string; expiresAt: Date }> {
    const credential = await this.db.getRepository(ApiCredential).findOneBy({ clientId });
    if (!credential || credential.revokedAt || !(await secretMatches(secret, credential.secretHash))) throw refused();
    await this.db.getRepository(ApiCredential).update({ id: credential.id }, { lastUsedAt: new Date() });
    const token = await issueToken(
      this.authSecret,
      {
        id: `system:${credential.clientId}`,
        name: credential.name,
        grants: [{ role: Role.COUNCIL_SYSTEM, region: this.regionCode, area: credential.areaCode }],
        credential: { id: credential.id, generation: generationOf(credential) },
      },
      API_TOKEN_SECONDS,
    );
    return { token, expiresAt: new Date(Date.now() + API_TOKEN_SECONDS * 1000) };
  }

  /** Whether tokens of this credential and generation may still be used: asked on every request that carries one. */
  async isActive(credential: TokenCredential): Promise<boolean> {
    if (!UUID.test(credential.id)) return false;
    const current = await this.db.getRepository(ApiCredential).findOneBy({ id: credential.id });
    return !!current && !current.revokedAt && generationOf(current) === credential.generation;
  }
}
