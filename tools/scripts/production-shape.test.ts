import { serviceCalls, ServiceName, SUBGRAPH_NAMES, SUBGRAPH_TOPOLOGY } from '@laa/config';
import { RegionCode, Theme } from '@laa/domain';
import { SUBGRAPH_TIMEOUT_MS } from '@laa/gateway';
import { DevelopmentUser, Role } from '@laa/identity';
import {
  buildServices,
  compiledMain,
  dropTestDatabase,
  freshDatabaseUrl,
  ProductionRegion,
  startProductionRegion,
  testDatabaseServer,
} from '@laa/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { ClientRequest, IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';

/**
 * One region as production runs it: the compiled services, each its own process (NODE_ENV=production,
 * a production secret, the PostgreSQL server, a fresh database, no demo data), every peer address given
 * the way the topology registry says. The launcher hides what this shows: a missing address, a dead
 * subgraph, a stop under load.
 */
const REGION: RegionCode = 'E12000003';
const AREA = '00CG'; // Sheffield
const SECRET = 'a-production-secret-for-the-production-shape-test-only';
const officer = {
  id: `po-${AREA}`,
  name: 'Pat Officer',
  grants: [{ role: Role.PARTNERSHIP_OFFICER, region: REGION, area: AREA }],
};
const themeLead = {
  id: `tl-${REGION}`,
  name: 'Tara Lead',
  grants: [{ role: Role.THEME_LEAD, region: REGION, themes: Object.values(Theme) }],
};
const relationshipManager = {
  id: `rm-${REGION}`,
  name: 'Robin Manager',
  grants: [{ role: Role.RELATIONSHIP_MANAGER, region: REGION }],
};
const goAnalyst = {
  id: `goanalyst-${REGION}`,
  name: 'Gina Analyst',
  grants: [{ role: Role.GO_ANALYST, region: REGION }],
};

const SET_LEVELS = 'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }';
const AGREEMENT = `query ($id: ID!) { area(code: "${AREA}") { name } agreement(id: $id) { stage targets { id version levels indicator { code department } signOff { valid } } } }`;
const ADVANCE =
  'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage version } }';
const CSV = [
  'indicator,area,period,value,source,published',
  `NI116,${AREA},2003/04,24.5,Production-shape test,2004-10-01`,
].join('\n');

let databaseUrl: string;
let region: ProductionRegion;
/** The start under way: stopped in afterAll even when beforeAll timed out before it finished, so no process outlives the test. */
let starting: Promise<ProductionRegion> | undefined;
let agreementId: string;
const SIGN_OFF_TARGET = 'mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid } }';
type OpenTarget = { id: string; version: number; indicator: { department: string | null } };
let target: OpenTarget;
/** A theme lead's sign-off of a target at one version, with the confirming department's confirmation. */
const confirmationOf = (t: OpenTarget, version: number) => ({
  targetId: t.id,
  targetVersion: version,
  departmentConfirmation: {
    department: t.indicator.department ?? 'CLG',
    confirmedBy: 'Department contact',
    confirmedOn: '2008-05-20',
  },
});

beforeAll(async () => {
  buildServices();
  const server = await testDatabaseServer();
  if (!server)
    throw new Error(
      'The production-shape test needs a PostgreSQL server (TEST_DATABASE_URL, or one on 127.0.0.1:5432)',
    );
  databaseUrl = freshDatabaseUrl(server, 'production');
  starting = startProductionRegion({ region: REGION, databaseUrl, secret: SECRET });
  region = await starting;
  // A bound for a hang, not a measure: the build (tsc) and five services starting at once take minutes on a busy CI
  // machine of two cores.
}, 900_000);

afterAll(async () => {
  await (await starting?.catch(() => undefined))?.stop();
  if (databaseUrl) await dropTestDatabase(databaseUrl);
}, 300_000);

/** With no demo data the area has no agreement: the GO opens it and the negotiation moves on to its targets. */
async function openAgreementAtTargets(): Promise<string> {
  const opened = await as<{ openAgreement: { id: string; version: number } }>(
    relationshipManager,
    'mutation ($area: ID!) { openAgreement(areaCode: $area) { id version } }',
    { area: AREA },
  );
  expect(opened.errors).toBeUndefined();
  const { id } = opened.data!.openAgreement;
  let { version } = opened.data!.openAgreement;
  for (const stage of ['PRIORITIES', 'INDICATORS', 'TARGETS']) {
    const moved = await as<{ advanceAgreementStage: { version: number } }>(relationshipManager, ADVANCE, {
      input: { agreementId: id, expectedVersion: version, stage, reason: `${stage} agreed at the LSP board` },
    });
    expect(moved.errors).toBeUndefined();
    version = moved.data!.advanceAgreementStage.version;
  }
  return id;
}

const as = async <D>(user: DevelopmentUser, query: string, variables: Record<string, unknown> = {}) =>
  region.query<D>(query, { variables, token: await region.tokenFor(user) });

async function upload(csv: string) {
  const response = await fetch(new URL('/imports/observations?origin=production-shape.csv', region.gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${await region.tokenFor(goAnalyst)}` },
    body: csv,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { inserted: number }; errors?: { extensions: { code: string } }[] },
  };
}

/** What /ready checks for a service, all ok: a subgraph's database and each peer it calls; every subgraph for the gateway. */
const checkedBy = (service: ServiceName) =>
  Object.fromEntries(
    [...(service === 'gateway' ? [] : ['database']), ...serviceCalls(service)].map((check) => [check, 'ok']),
  );

/**
 * /ready once it says ready, or its last answer after 30 s: each check gives up after 1 s, which a busy CI machine
 * may take to answer a peer's /health just after the start.
 */
async function settledReadiness(url: string, ask = '') {
  const deadline = Date.now() + 30_000;
  let answer = await readiness(url, ask);
  while (answer.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await readiness(url, ask);
  }
  return answer;
}

async function readiness(url: string, ask = '') {
  const response = await fetch(new URL(`/ready${ask}`, url));
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
}

describe('a region as production runs it: five compiled processes', () => {
  it('refuses to start with the development secret, naming the variable', async () => {
    const addresses = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [SUBGRAPH_TOPOLOGY[name].urlVariable, region.services[name].url]),
    );
    const env = { PATH: process.env.PATH, NODE_ENV: 'production', REGION, ...addresses };
    const child = spawn(process.execPath, [compiledMain('gateway')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output).toMatch(/AUTH_SECRET: production needs its own secret/);
  });

  it('is ready on every service, having checked its database and the peers the registry says it calls, and serves the public contract with introspection off', async () => {
    for (const service of Object.values(region.services)) {
      const { status, body } = await settledReadiness(service.url);
      expect({ service: service.name, status, ready: body.status, checks: body.checks }).toEqual({
        service: service.name,
        status: 200,
        ready: 'ready',
        checks: checkedBy(service.name),
      });
    }
    const { data, errors } = await region.query<{
      area: { name: string; region: { code: string } };
      indicator: { code: string };
    }>(`{ area(code: "${AREA}") { name region { code } } indicator(code: "NI116") { code } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ area: { name: 'Sheffield', region: { code: REGION } }, indicator: { code: 'NI116' } });
    const introspection = await region.query('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
  });

  it('opens and edits an agreement: a target added, its levels set (agreements judges them against its fence), signed off by a theme lead', async () => {
    agreementId = await openAgreementAtTargets();
    expect(
      await region.query<{ area: { agreement: { stage: string } } }>(
        `{ area(code: "${AREA}") { agreement { stage } } }`,
      ),
    ).toMatchObject({ data: { area: { agreement: { stage: 'TARGETS' } } } });
    const added = await as<{ addTarget: { id: string; version: number } }>(
      officer,
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id version } }',
      {
        input: { agreementId, kind: 'DESIGNATED', indicatorCode: 'NI 116', baselineDueBy: '2008-12-31' },
      },
    );
    expect(added.errors).toBeUndefined();
    const set = await as<{ setTargetLevels: { version: number; levels: number[] } }>(officer, SET_LEVELS, {
      input: {
        targetId: added.data!.addTarget.id,
        expectedVersion: added.data!.addTarget.version,
        levels: [24, 23, 22],
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setTargetLevels.levels).toEqual([24, 23, 22]);
    const { data } = await as<{
      agreement: { targets: { id: string; version: number; indicator: { department: string | null } }[] };
    }>(officer, AGREEMENT, { id: agreementId });
    const [current] = data!.agreement.targets;
    target = current;
    const signed = await as<{ signOffTarget: { valid: boolean } }>(themeLead, SIGN_OFF_TARGET, {
      input: confirmationOf(current, current.version),
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signOffTarget.valid).toBe(true);
  });

  it('takes a CSV upload through the gateway (POST /imports/observations)', async () => {
    const { status, body } = await upload(CSV);
    expect(status).toBe(200);
    expect(body.data?.inserted).toBe(1);
  });
});

describe('a subgraph killed (SIGKILL) and restarted', () => {
  it("keeps the other subgraphs' fields answering, fails the dead one's fields and rules with SUBGRAPH_UNAVAILABLE, and says so in /ready", async () => {
    expect(await region.signal('signoff', 'SIGKILL')).toBeNull();
    // Partners' and agreements' fields answer; sign-off's (each target's sign-off) are null, with why, at once: the
    // gateway does not wait out its timeout on a subgraph that is gone.
    const asked = Date.now();
    const { data, errors } = await as<{ area: { name: string }; agreement: { stage: string; targets: unknown[] } }>(
      officer,
      AGREEMENT,
      { id: agreementId },
    );
    expect(data).toMatchObject({
      area: { name: 'Sheffield' },
      agreement: { stage: 'TARGETS', targets: [{ id: target.id, version: target.version, signOff: null }] },
    });
    expect(errors).toEqual([
      {
        message: 'The signoff service is not answering: try again shortly',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'signoff' },
      },
    ]);
    expect(Date.now() - asked).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
    // Agreements owns the fence on its targets and judges every edit alone: sign-off being down stops no edit.
    const edit = await as<{ setTargetLevels: { version: number; levels: number[] } }>(officer, SET_LEVELS, {
      input: { targetId: target.id, expectedVersion: target.version, levels: [20, 19, 18] },
    });
    expect(edit.errors).toBeUndefined();
    expect(edit.data!.setTargetLevels).toMatchObject({ version: target.version + 1, levels: [20, 19, 18] });
    // Sign-off's own steps are refused, clearly, naming the service.
    const signOff = await as(themeLead, SIGN_OFF_TARGET, { input: confirmationOf(target, target.version + 1) });
    expect(signOff.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'signoff' } });
    const gateway = await readiness(region.gatewayUrl);
    expect(gateway.status).toBe(503);
    expect(gateway.body.checks).toMatchObject({
      partners: 'ok',
      evidence: 'ok',
      agreements: 'ok',
      signoff: expect.stringMatching(/^down: /),
    });
    // Agreements calls no sign-off: it stays ready. Evidence, which sign-off calls, is ready too.
    expect((await settledReadiness(region.services.agreements.url)).status).toBe(200);
    expect((await settledReadiness(region.services.partners.url)).status).toBe(200);
    // An orchestrator's probe (its own checks only) keeps the gateway in service: the other fields still answer.
    expect(await settledReadiness(region.gatewayUrl, '?peers=false')).toEqual({
      status: 200,
      body: { status: 'ready', service: 'gateway', region: REGION, checks: {} },
    });
  });

  it('answers everything again once it is back', async () => {
    await region.start('signoff');
    await region.ready();
    const { data, errors } = await as<{ agreement: { targets: { version: number; levels: number[] }[] } }>(
      officer,
      AGREEMENT,
      { id: agreementId },
    );
    expect(errors).toBeUndefined();
    // The edit made while sign-off was down stands, and the theme lead's sign-off of the earlier version no longer counts.
    expect(data!.agreement.targets[0]).toMatchObject({
      version: target.version + 1,
      levels: [20, 19, 18],
      signOff: { valid: false },
    });
    const signed = await as<{ signOffTarget: { valid: boolean } }>(themeLead, SIGN_OFF_TARGET, {
      input: confirmationOf(target, target.version + 1),
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signOffTarget.valid).toBe(true);
  });
});

describe('stopping (SIGTERM)', () => {
  it('answers the request in flight, refuses new connections, and exits 0: the gateway and a subgraph', async () => {
    for (const service of [region.services.gateway, region.services.evidence]) {
      // An upload whose body is still arriving when the signal comes: in flight in the process being stopped.
      const { sent, answer } = startSlowUpload(
        new URL('/imports/observations?origin=draining.csv', service.url),
        await region.tokenFor(goAnalyst),
      );
      sent.write(`${CSV.split('\n')[0]}\n`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const exited = region.signal(service.name, 'SIGTERM');
      await refusedConnection(service.port);
      sent.end(`${CSV.split('\n')[1]}\n`);
      const response = await answer;
      expect({ service: service.name, status: response.status }).toEqual({ service: service.name, status: 200 });
      expect(JSON.parse(response.body)).toMatchObject({ data: { rowsRead: 1 } });
      expect(await exited).toBe(0);
    }
  });
});

function startSlowUpload(
  url: URL,
  token: string,
): { sent: ClientRequest; answer: Promise<{ status: number; body: string }> } {
  const sent = request(url, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    sent.on('error', reject);
    sent.on('response', (response: IncomingMessage) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
  });
  return { sent, answer };
}

/** Waits until the port refuses connections (the listener closed), trying a bounded number of times. */
async function refusedConnection(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} still accepts connections after SIGTERM`);
}
