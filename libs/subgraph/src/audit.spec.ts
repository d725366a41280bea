import { ApolloServer } from '@apollo/server';
import { Caller, Role } from '@laa/identity';
import { buildSchema } from 'graphql';
import { auditedCaller, changeAuditPlugin } from './audit';
import { redactSecrets } from './redaction';
import { SubgraphContext } from './context';
import { LoaderRegistry } from './loaders';
import { createLogger, Logger } from './logger';

/** A logger that keeps its audit lines, to read them back. */
function recordingLogger(lines: [string, Record<string, unknown> | undefined][]): Logger {
  const quiet = createLogger({}, 'silent');
  return { ...quiet, audit: (message, fields) => lines.push([message, fields]), child: () => recordingLogger(lines) };
}

const officer: Caller = {
  authenticated: true,
  id: 'po-00CG',
  name: 'A Partnership Officer',
  grants: [{ role: Role.PARTNERSHIP_OFFICER, region: 'E12000003', area: '00CG' }],
};

describe('the audit trail', () => {
  it('records every mutation with who, what and the outcome, never a secret', async () => {
    const lines: [string, Record<string, unknown> | undefined][] = [];
    const server = new ApolloServer<SubgraphContext<object>>({
      schema: buildSchema('type Query { ok: Boolean } type Mutation { rotate(id: ID!, secret: String): Boolean }'),
      rootValue: { ok: true, rotate: true },
      plugins: [changeAuditPlugin<object>()],
    });
    const context = {
      caller: officer,
      region: 'E12000003' as const,
      loaders: new LoaderRegistry(),
      services: {},
      log: recordingLogger(lines),
      viaGateway: true,
    };
    await server.executeOperation(
      {
        query: 'mutation ($id: ID!, $secret: String) { rotate(id: $id, secret: $secret) }',
        variables: { id: 'c1', secret: 'hunter2' },
      },
      { contextValue: context },
    );
    await server.executeOperation({ query: '{ ok }' }, { contextValue: context });
    expect(lines).toEqual([
      [
        'change',
        {
          caller: 'po-00CG',
          name: 'A Partnership Officer',
          mutations: ['rotate'],
          variables: { id: 'c1', secret: '[redacted]' },
          outcome: 'done',
        },
      ],
    ]);
    expect(redactSecrets({ input: { clientSecret: 'x', levels: [1] }, token: 't' })).toEqual({
      input: { clientSecret: '[redacted]', levels: [1] },
      token: '[redacted]',
    });
  });

  it('keeps a secret out whatever its variable is called: by the argument it is passed to, and by its form', async () => {
    const lines: [string, Record<string, unknown> | undefined][] = [];
    const server = new ApolloServer<SubgraphContext<object>>({
      schema: buildSchema(
        'type Query { ok: Boolean } type Mutation { rotate(id: ID!, secret: String, note: String): Boolean }',
      ),
      rootValue: { ok: true, rotate: true },
      plugins: [changeAuditPlugin<object>()],
    });
    const context = {
      caller: officer,
      region: 'E12000003' as const,
      loaders: new LoaderRegistry(),
      services: {},
      log: recordingLogger(lines),
      viaGateway: true,
    };
    const query = 'mutation ($id: ID!, $c: String, $n: String) { rotate(id: $id, secret: $c, note: $n) }';
    await server.executeOperation(
      { query, variables: { id: 'c1', c: 'hunter2', n: 'was laa_secret_abcDEF123-_x' } },
      { contextValue: context },
    );
    expect(lines[0][1]?.variables).toEqual({ id: 'c1', c: '[redacted]', n: 'was [redacted]' });
  });

  it('records each area whose drafts a caller reads, once per request', () => {
    const lines: [string, Record<string, unknown> | undefined][] = [];
    const caller = auditedCaller(officer, recordingLogger(lines));
    if (!caller.authenticated) throw new Error('expected a signed-in caller');
    caller.onDraftRead?.({ region: 'E12000003', area: '00CG' });
    caller.onDraftRead?.({ region: 'E12000003', area: '00CG' });
    expect(lines).toEqual([
      ['draft read', { caller: 'po-00CG', roles: ['PARTNERSHIP_OFFICER'], areaRegion: 'E12000003', area: '00CG' }],
    ]);
  });

  it("writes each key of the line once: the service's region and the area's apart", () => {
    const written: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      const log = createLogger({ service: 'agreements' }, 'warn').child({ region: 'E12000003' });
      const caller = auditedCaller(officer, log);
      if (!caller.authenticated) throw new Error('expected a signed-in caller');
      caller.onDraftRead?.({ region: 'E12000005', area: '00CN' });
    } finally {
      out.mockRestore();
    }
    const keys = [...written.join('').matchAll(/"([a-zA-Z_]+)":/g)].map((match) => match[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(JSON.parse(written.join(''))).toMatchObject({ region: 'E12000003', areaRegion: 'E12000005', area: '00CN' });
  });
});
