import { ApolloServer } from '@apollo/server';
import { GraphQLResolveInfo } from 'graphql';
import { noStorePlugins } from './no-cache-hints';

type Info = GraphQLResolveInfo & { cacheControl?: unknown };

async function answer(plugins: ReturnType<typeof noStorePlugins<object>>) {
  const hooked: boolean[] = [];
  const server = new ApolloServer({
    typeDefs: 'type Query { figures: [Figure!]! } type Figure { value: Float }',
    resolvers: {
      Query: { figures: () => [{ value: 1 }, { value: 2 }] },
      Figure: {
        value: (figure: { value: number }, _args: unknown, _context: unknown, info: Info) => {
          hooked.push(info.cacheControl !== undefined);
          return figure.value;
        },
      },
    },
    plugins,
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query: '{ figures { value } }' });
    return { response, hooked };
  } finally {
    await server.stop();
  }
}

describe('no cache hints in a subgraph', () => {
  it('hooks no field, and still answers no-store', async () => {
    const { response, hooked } = await answer(noStorePlugins());
    expect(response.body).toMatchObject({
      kind: 'single',
      singleResult: { data: { figures: [{ value: 1 }, { value: 2 }] } },
    });
    expect(response.http.headers.get('cache-control')).toBe('no-store');
    expect(hooked).toEqual([false, false]);
  });

  it("is what Apollo's default would hook on every field", async () => {
    const { response, hooked } = await answer([]);
    expect(response.http.headers.get('cache-control')).toBe('no-store');
    expect(hooked).toEqual([true, true]);
  });
});
