import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { graphql } from './gql';
import { currentSession, endRefusedSession } from './session';

/**
 * The national view's query to each regional gateway: its areas' stages (public) and what Whitehall asks first
 * (indicatorChoices: signed agreements for everyone, drafts too for central departments and the region's GO). Area names
 * come from `areas`, already in the answer, so the gateway need not ask partners for them again.
 */
export const NATIONAL_VIEW = graphql(`
  query NationalView($scope: ChoiceScope!) {
    region {
      code
      name
      governmentOffice
    }
    areas {
      code
      gssCode
      name
      type
      agreement {
        id
        stage
        synthetic
        signOff {
          stage
        }
      }
    }
    indicatorChoices(scope: $scope) {
      scope
      agreements
      indicators {
        indicatorCode
        title
        theme
        themeStatus
        department
        departmentStatus
        targets
        designated
        statutory
        local
        areas {
          code
        }
      }
      themes {
        theme
        themeStatus
        targets
        designated
        statutory
        local
        areas {
          code
        }
      }
      departments {
        department
        inferred
        targets
        designated
        statutory
        local
        areas {
          code
        }
      }
      statutory {
        setInForce
        setStatus
        agreements
        complete
        incomplete {
          area {
            code
          }
          stage
          missing
        }
      }
    }
  }
`);

export const TIMEOUT_MS = 6000;

/**
 * Sends a request with the signed-in person's token. A 401 means the gateway refused the token (expired, or
 * not one it trusts): the person is signed out, and the request goes again without it, so public data still loads.
 */
export async function fetchWithSession(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const token = currentSession()?.token ?? null;
  const send = (withToken: boolean) => {
    const headers = new Headers(init?.headers);
    if (withToken && token) headers.set('authorization', `Bearer ${token}`);
    else headers.delete('authorization');
    return fetch(input, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  };
  const response = await send(true);
  if (response.status !== 401 || !token) return response;
  endRefusedSession(token);
  return send(false);
}

/** One client per gateway (the signed-in caller's token attached), so one region that does not answer cannot hold up the others. */
export function regionalClient(gatewayUrl: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: gatewayUrl, fetch: fetchWithSession }),
    cache: new InMemoryCache(),
  });
}
