import { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { RunAction } from '../agreement/ActionForm';
import { ActionError, actionErrorOf } from '../agreement/actions';
import { grantsOfToken } from '../session';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { regionalClient } from '../regional-client';
import { currentSession } from '../session';
import { EvidenceCapabilities, evidenceCapabilitiesOf } from './capabilities';

/** The region a page is about and one Apollo client for its gateway (null for a region the console does not know). */
export function useRegionalClient(
  config: ConsoleConfig,
  regionCode: string,
): { region: ConsoleRegion | null; client: ApolloClient | null } {
  const region = config.regions.find((r) => r.code === regionCode) ?? null;
  const client = useMemo(() => (region ? regionalClient(region.gatewayUrl) : null), [region]);
  return { region, client };
}

/** What the signed-in caller may do for a place (a region, and an area or '' for any of its areas). */
export function useEvidenceCapabilities(place: { region: string; area: string }): EvidenceCapabilities {
  const token = currentSession()?.token ?? '';
  const { region, area } = place;
  return useMemo(
    () => evidenceCapabilitiesOf(token ? grantsOfToken(token) : [], { region, area }),
    [token, region, area],
  );
}

/** Runs one change, then reads again whatever the page shows (refused or not, so a conflict shows what is there now). */
export function useRunChange(refetch: () => Promise<unknown>): RunAction {
  const client = useApolloClient();
  return useCallback(
    async (mutation, variables) => {
      let refusal: ActionError | null = null;
      try {
        await client.mutate({ mutation, variables });
      } catch (error) {
        refusal = actionErrorOf(error);
      }
      await refetch().catch(() => undefined);
      return refusal;
    },
    [client, refetch],
  );
}
