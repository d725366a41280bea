import { GraphQLError } from 'graphql';
import { errorFormatter } from './errors';
import { createLogger } from './logger';
import { LoaderRegistry, manyByKey, oneByKey } from './loaders';

describe('loader helpers', () => {
  it('order one row per key, null where missing', () => {
    expect(oneByKey(['b', 'x', 'a'], [{ k: 'a' }, { k: 'b' }], (r) => r.k)).toEqual([{ k: 'b' }, null, { k: 'a' }]);
  });

  it('group rows per key, empty where missing', () => {
    expect(
      manyByKey(
        ['a', 'z'],
        [
          { k: 'a', n: 1 },
          { k: 'a', n: 2 },
        ],
        (r) => r.k,
      ),
    ).toEqual([
      [
        { k: 'a', n: 1 },
        { k: 'a', n: 2 },
      ],
      [],
    ]);
  });

  it('batch every load of a request into one call', async () => {
    const registry = new LoaderRegistry();
    const calls: (readonly string[])[] = [];
    const loader = () =>
      registry.loader<string, string>('echo', async (keys) => (calls.push(keys), keys.map((k) => k.toUpperCase())));
    await expect(Promise.all([loader().load('a'), loader().load('b')])).resolves.toEqual(['A', 'B']);
    expect(calls).toEqual([['a', 'b']]);
  });
});

describe('error formatting', () => {
  const format = errorFormatter(createLogger({}, 'silent'));

  it('masks an unexpected error as INTERNAL_SERVER_ERROR without its message or stack', () => {
    const formatted = format(
      {
        message: 'connection terminated: password for user x',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new Error('connection terminated'),
    );
    expect(formatted).toEqual({
      message: 'Internal server error: the problem has been logged',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes a domain error through with its code, minus any stack trace', () => {
    const error = new GraphQLError('Target t was changed by someone else', { extensions: { code: 'CONFLICT' } });
    const formatted = format(
      { message: error.message, extensions: { code: 'CONFLICT', stacktrace: ['at y'], current: { version: 2 } } },
      error,
    );
    expect(formatted).toEqual({ message: error.message, extensions: { code: 'CONFLICT', current: { version: 2 } } });
  });
});
