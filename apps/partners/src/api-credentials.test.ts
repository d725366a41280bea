import { developmentUsers } from '@laa/identity';
import { postGraphql, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const LEEDS = '00DA';
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: true });
});
afterAll(() => region?.stop());

const [relationshipManager, , , partnershipOfficer] = developmentUsers(REGION, SHEFFIELD);

const CREATE = `mutation ($area: String!) {
  createApiCredential(areaCode: $area, name: "Sheffield performance system") { secret credential { id clientId areaCode createdBy } }
}`;
const EXCHANGE =
  'mutation ($id: String!, $secret: String!) { issueApiToken(clientId: $id, secret: $secret) { token expiresAt } }';
const AGREEMENT_TARGETS = (area: string) => `{ area(code: "${area}") { agreement { targets { id } } } }`;

interface Issued {
  secret: string;
  credential: { id: string; clientId: string; areaCode: string; createdBy: string };
}

async function createCredential(): Promise<Issued> {
  const { data, errors } = await region.query<{ createApiCredential: Issued }>(CREATE, {
    variables: { area: SHEFFIELD },
    token: await region.tokenFor(relationshipManager),
  });
  expect(errors).toBeUndefined();
  return data!.createApiCredential;
}

async function exchange(clientId: string, secret: string) {
  return region.query<{ issueApiToken: { token: string; expiresAt: string } }>(EXCHANGE, {
    variables: { id: clientId, secret },
  });
}

describe('council system credentials', () => {
  it('are created by GO staff only, and the secret is stored hashed', async () => {
    const refused = await region.query(CREATE, {
      variables: { area: SHEFFIELD },
      token: await region.tokenFor(partnershipOfficer),
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await region.query(CREATE, { variables: { area: SHEFFIELD } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const issued = await createCredential();
    expect(issued.credential).toMatchObject({ areaCode: SHEFFIELD, createdBy: relationshipManager.id });
    const listed = await region.query<{ apiCredentials: Record<string, unknown>[] }>(
      '{ apiCredentials { clientId name } }',
      {
        token: await region.tokenFor(relationshipManager),
      },
    );
    expect(listed.data?.apiCredentials.map((c) => c.clientId)).toContain(issued.credential.clientId);
    expect(JSON.stringify(listed.data)).not.toContain(issued.secret);
  });

  it("give a short-lived token that reads its own area's drafts and no other area's", async () => {
    const issued = await createCredential();
    const { data } = await exchange(issued.credential.clientId, issued.secret);
    const token = data!.issueApiToken.token;
    const own = await postGraphql(region.gatewayUrl, AGREEMENT_TARGETS(SHEFFIELD), undefined, token);
    expect(own.errors).toBeUndefined();
    const other = await postGraphql(region.gatewayUrl, AGREEMENT_TARGETS(LEEDS), undefined, token);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(new Date(data!.issueApiToken.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
  });

  it('refuse a wrong secret, and stop working once rotated or revoked', async () => {
    const issued = await createCredential();
    expect((await exchange(issued.credential.clientId, 'wrong')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await region.tokenFor(relationshipManager);
    const rotated = await region.query<{ rotateApiCredential: Issued }>(
      'mutation ($id: ID!) { rotateApiCredential(id: $id) { secret credential { rotatedAt } } }',
      { variables: { id: issued.credential.id }, token: staff },
    );
    const newSecret = rotated.data!.rotateApiCredential.secret;
    expect((await exchange(issued.credential.clientId, issued.secret)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await exchange(issued.credential.clientId, newSecret)).data?.issueApiToken.token).toBeTruthy();
    const revoked = await region.query<{ revokeApiCredential: { revokedBy: string; revokedReason: string } }>(
      'mutation ($id: ID!) { revokeApiCredential(id: $id, reason: "System replaced") { revokedBy revokedReason } }',
      { variables: { id: issued.credential.id }, token: staff },
    );
    expect(revoked.data?.revokeApiCredential).toEqual({
      revokedBy: relationshipManager.id,
      revokedReason: 'System replaced',
    });
    expect((await exchange(issued.credential.clientId, newSecret)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('validate input: an area outside the region and a malformed id are bad input', async () => {
    const staff = await region.tokenFor(relationshipManager);
    const london = await region.query(CREATE, { variables: { area: '00AA' }, token: staff });
    expect(london.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await region.query('mutation { rotateApiCredential(id: "42") { secret } }', { token: staff });
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
