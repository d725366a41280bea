import { ConfigError, port, readAuthSettings, readEnvironment, regionList, regionPorts } from './index';

describe('reading the environment', () => {
  it('lists every bad variable with what was expected and what was given', () => {
    const read = () => readEnvironment('the launcher', { PORT: port(4000), REGIONS: regionList }, { PORT: 'abc', REGIONS: 'E12000003,E12000010' });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT: expected a port number (got "abc")',
        'REGIONS: expected comma-separated region codes from E12000001 to E12000009 (got "E12000003,E12000010")',
      ]);
    }
  });

  it('defaults to all nine regions and accepts a chosen list', () => {
    expect(readEnvironment('x', { REGIONS: regionList }, {}).REGIONS).toHaveLength(9);
    expect(readEnvironment('x', { REGIONS: regionList }, { REGIONS: 'E12000003, E12000007' }).REGIONS).toEqual(['E12000003', 'E12000007']);
  });
});

describe('region ports', () => {
  it('puts region n\'s gateway on 4000 + n: North East 4001, South West 4009', () => {
    expect(regionPorts('E12000001').gateway).toBe(4001);
    expect(regionPorts('E12000009').gateway).toBe(4009);
    expect(regionPorts('E12000003').subgraphs).toEqual({ partners: 4131, evidence: 4132, agreements: 4133, signoff: 4134 });
  });
});

describe('authentication settings', () => {
  it('refuses the development secret in production and names the variable to set', () => {
    expect(() => readAuthSettings('the gateway', { NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: production needs its own secret/);
    const own = 'a-production-secret-of-at-least-32-characters';
    expect(readAuthSettings('the gateway', { NODE_ENV: 'production', AUTH_SECRET: own })).toEqual({ secret: own, production: true, identityProvider: undefined });
  });

  it('accepts an identity provider only with its issuer, audience and one source of keys', () => {
    expect(() => readAuthSettings('x', { AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE/);
    expect(() => readAuthSettings('x', { AUTH_ISSUER: 'https://idp.example' })).toThrow(/AUTH_JWKS_URL or AUTH_JWKS_FILE/);
    const settings = readAuthSettings('x', { AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'laa' });
    expect(settings.identityProvider).toEqual({ issuer: 'https://idp.example', audience: 'laa', jwksUrl: 'https://idp.example/jwks', jwksFile: undefined });
    expect(settings.production).toBe(false);
  });
});
