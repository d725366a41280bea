import {
  ConfigError,
  port,
  readAuthSettings,
  readEnvironment,
  readGatewayEnvironment,
  readSubgraphEnvironment,
  regionList,
  regionPorts,
  serviceVariables,
  SUBGRAPH_NAMES,
  SUBGRAPH_TOPOLOGY,
} from './index';

describe('reading the environment', () => {
  it('lists every bad variable with what was expected and what was given', () => {
    const read = () =>
      readEnvironment(
        'the launcher',
        { PORT: port(4000), REGIONS: regionList },
        { PORT: 'abc', REGIONS: 'E12000003,E12000010' },
      );
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
    expect(readEnvironment('x', { REGIONS: regionList }, { REGIONS: 'E12000003, E12000007' }).REGIONS).toEqual([
      'E12000003',
      'E12000007',
    ]);
  });
});

describe('region ports', () => {
  it("puts region n's gateway on 4000 + n: North East 4001, South West 4009", () => {
    expect(regionPorts('E12000001').gateway).toBe(4001);
    expect(regionPorts('E12000009').gateway).toBe(4009);
    expect(regionPorts('E12000003').subgraphs).toEqual({
      partners: 4131,
      evidence: 4132,
      agreements: 4133,
      signoff: 4134,
    });
  });
});

describe('authentication settings', () => {
  it('refuses the development secret in production and names the variable to set', () => {
    expect(() => readAuthSettings('the gateway', { NODE_ENV: 'production' })).toThrow(
      /AUTH_SECRET: production needs its own secret/,
    );
    const own = 'a-production-secret-of-at-least-32-characters';
    expect(readAuthSettings('the gateway', { NODE_ENV: 'production', AUTH_SECRET: own })).toEqual({
      secret: own,
      production: true,
      identityProvider: undefined,
    });
  });

  it('accepts an identity provider only with its issuer, audience and one source of keys', () => {
    expect(() => readAuthSettings('x', { AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(
      /AUTH_ISSUER and AUTH_AUDIENCE/,
    );
    expect(() => readAuthSettings('x', { AUTH_ISSUER: 'https://idp.example' })).toThrow(
      /AUTH_JWKS_URL or AUTH_JWKS_FILE/,
    );
    const settings = readAuthSettings('x', {
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'laa',
    });
    expect(settings.identityProvider).toEqual({
      issuer: 'https://idp.example',
      audience: 'laa',
      jwksUrl: 'https://idp.example/jwks',
      jwksFile: undefined,
    });
    expect(settings.production).toBe(false);
  });
});

describe('the topology registry', () => {
  const production = {
    REGION: 'E12000003',
    DATABASE_URL: 'postgres://db/laa',
    AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
  };

  it("gives each subgraph the address variables of the peers it calls, and the gateway every subgraph's", () => {
    const names = (service: Parameters<typeof serviceVariables>[0]) => serviceVariables(service).map((v) => v.name);
    expect(names('agreements')).toEqual(expect.arrayContaining(['PARTNERS_URL', 'EVIDENCE_URL']));
    expect(names('agreements')).not.toContain('SIGNOFF_URL');
    expect(names('partners')).not.toContain('AGREEMENTS_URL');
    expect(names('gateway')).toEqual(
      expect.arrayContaining(SUBGRAPH_NAMES.map((name) => SUBGRAPH_TOPOLOGY[name].urlVariable)),
    );
    expect(serviceVariables('signoff').find((v) => v.name === 'AUTH_SECRET')).toEqual({
      name: 'AUTH_SECRET',
      required: true,
      secret: true,
    });
    expect(serviceVariables('signoff').find((v) => v.name === 'PORT')).toEqual({
      name: 'PORT',
      required: false,
      secret: false,
    });
    for (const service of ['gateway', 'partners'] as const) {
      expect(serviceVariables(service).find((v) => v.name === 'OTEL_EXPORTER_OTLP_ENDPOINT')).toEqual({
        name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
        required: false,
        secret: false,
      });
    }
  });

  it('refuses a tracing endpoint that is not an http(s) URL, and takes a blank one as none', () => {
    const peers = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [SUBGRAPH_TOPOLOGY[name].urlVariable, `http://${name}:4000/graphql`]),
    );
    const env = { ...production, ...peers };
    expect(() => readSubgraphEnvironment('signoff', { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
    expect(
      readSubgraphEnvironment('signoff', { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: '' }).OTEL_EXPORTER_OTLP_ENDPOINT,
    ).toBeUndefined();
  });

  it('refuses to start a subgraph without the address of a peer it calls, naming the variable', () => {
    expect(() => readSubgraphEnvironment('agreements', { ...production, PARTNERS_URL: 'http://p/graphql' })).toThrow(
      /EVIDENCE_URL: .*\(not set\)/,
    );
    const env = readSubgraphEnvironment('evidence', {
      ...production,
      AGREEMENTS_URL: 'http://agreements:4000/graphql',
      PARTNERS_URL: 'http://partners:4000/graphql',
    });
    expect(env.peers).toEqual({
      agreements: 'http://agreements:4000/graphql',
      partners: 'http://partners:4000/graphql',
    });
    expect(env.SEED_DEMO).toBe(false);
  });

  it("gives the gateway every subgraph's address", () => {
    const urls = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [SUBGRAPH_TOPOLOGY[name].urlVariable, `http://${name}:4000/graphql`]),
    );
    expect(readGatewayEnvironment({ REGION: 'E12000003', ...urls }).subgraphUrls.signoff).toBe(
      'http://signoff:4000/graphql',
    );
  });
});
