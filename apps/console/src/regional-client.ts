import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

/** The national view's query to each regional gateway (public fields only). */
export const NATIONAL_VIEW = gql`
  query NationalView {
    region { code name governmentOffice }
    areas {
      code gssCode name type
      agreement { id stage synthetic signOff { stage } }
    }
  }
`;

const TIMEOUT_MS = 6000;

/** One client per gateway, so one region that does not answer cannot hold up the others. */
export function regionalClient(gatewayUrl: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: gatewayUrl,
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) }),
    }),
    cache: new InMemoryCache(),
  });
}
