import { CredentialCheck } from '@laa/identity';
import { PeerUrls, peerSubgraphs } from './peers';
import { graphql } from './gql';

const ACTIVE = graphql(`
  query CredentialActive($id: ID!, $generation: String!) {
    apiCredentialActive(id: $id, generation: $generation)
  }
`);

/**
 * Asks the region's partners subgraph, which owns council systems' credentials, whether a token's credential is
 * still active at the token's generation: on every request carrying one, no cache, so revocation and rotation
 * take effect at once. `urls` is read at each request (the launcher fills it in as subgraphs start).
 */
export function credentialCheck(urls: PeerUrls, authSecret: string): CredentialCheck {
  const peers = peerSubgraphs(urls, authSecret, ['partners']);
  return async (credential) => {
    const data = await peers.query('partners', ACTIVE, { ...credential });
    return data.apiCredentialActive === true;
  };
}
