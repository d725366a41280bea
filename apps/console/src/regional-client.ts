import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { graphql } from './gql';
import { authorizationHeader } from './session';

/** The national view's query to each regional gateway (public fields only). */
export const NATIONAL_VIEW = graphql(`
  query NationalView {
    region { code name governmentOffice }
    areas {
      code gssCode name type
      agreement { id stage synthetic signOff { stage } }
    }
  }
`);

const TIMEOUT_MS = 6000;

/** One client per gateway (the signed-in caller's token attached), so one region that does not answer cannot hold up the others. */
export function regionalClient(gatewayUrl: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: gatewayUrl,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        for (const [name, value] of Object.entries(authorizationHeader())) headers.set(name, value);
        return fetch(input, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
      },
    }),
    cache: new InMemoryCache(),
  });
}
