import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { hardenedServerOptions } from './errors';
import { createLogger } from './logger';

/** What a logger writes to stdout while `run` runs. */
function captured(run: () => void): string {
  const written: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

const SECRET = 'laa_secret_Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTAxMjM0NTY3ODkw';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl';

describe('the log', () => {
  it("never writes a council secret or a token, whatever the variable is called, or in an operation's text", () => {
    const log = createLogger({ service: 'test' }, 'info');
    const output = captured(() => {
      log.info('access', {
        variables: { c: SECRET, note: `rotated from ${SECRET}`, bearer: TOKEN, clientSecret: 'hunter2', area: '00CG' },
      });
      log.info('operation', {
        query: 'mutation { issueApiToken(clientId: "laa-00cg-1", secret: "hunter2") { token } }',
      });
    });
    expect(output).not.toContain('laa_secret_Zm9v');
    expect(output).not.toContain('hunter2');
    expect(output).not.toContain(TOKEN);
    const [access, operation] = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, Record<string, string>>);
    expect(access.variables).toEqual({
      c: '[redacted]',
      note: 'rotated from [redacted]',
      bearer: '[redacted]',
      clientSecret: '[redacted]',
      area: '00CG',
    });
    expect(operation.query).toBe('mutation { issueApiToken(clientId: "laa-00cg-1", secret: "[redacted]") { token } }');
  });
});

describe('error messages with introspection off', () => {
  const schema = buildSchema('enum Theme { SAFER_AND_STRONGER_COMMUNITIES } type Query { name(theme: Theme): String }');
  const messages = async (introspection: boolean, query: string, variables?: Record<string, unknown>) => {
    const server = new ApolloServer({ schema, ...hardenedServerOptions(createLogger({}, 'silent'), introspection) });
    const response = await server.executeOperation({ query, variables });
    return response.body.kind === 'single' ? (response.body.singleResult.errors ?? []).map((e) => e.message) : [];
  };

  it('name no field, argument or value ("Did you mean"), as every subgraph answers in production', async () => {
    expect(await messages(true, '{ nam }')).toEqual(['Cannot query field "nam" on type "Query". Did you mean "name"?']);
    expect(await messages(false, '{ nam }')).toEqual(['Cannot query field "nam" on type "Query".']);
    const enumValue = await messages(false, 'query ($t: Theme) { name(theme: $t) }', { t: 'SAFER' });
    expect(enumValue).toHaveLength(1);
    expect(enumValue[0]).not.toMatch(/Did you mean|SAFER_AND_STRONGER/);
  });
});
