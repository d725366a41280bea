import { ApolloClient, DocumentNode } from '@apollo/client';
import { useMemo, useState } from 'react';
import { ConsoleConfig } from '../config';
import { regionalClient } from '../regional-client';

/** The regional gateway of a page's region (null for an unknown region). */
export function useRegion(config: ConsoleConfig, regionCode: string) {
  const region = config.regions.find((r) => r.code === regionCode) ?? null;
  const client = useMemo(() => (region ? regionalClient(region.gatewayUrl) : null), [region]);
  return { region, client };
}

export interface Outcome {
  ok: boolean;
  message: string;
}

/**
 * Runs one mutation as the signed-in person and says what happened: the server's own message when it refuses
 * (it names what is missing), or `done` when it succeeds; then reloads the page's data.
 */
export function useAction(client: ApolloClient | null, reload: () => Promise<unknown>) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (mutation: DocumentNode, variables: Record<string, unknown>, done: string) => {
    if (!client) return;
    setPending(true);
    try {
      await client.mutate({ mutation, variables });
      // Reload first, so that what the page shows agrees with the message.
      await reload();
      setOutcome({ ok: true, message: done });
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message });
    } finally {
      setPending(false);
    }
  };
  return { run, outcome, pending };
}
