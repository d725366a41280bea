import { ApolloClient, DocumentNode } from '@apollo/client';
import { useMemo, useState } from 'react';
import { ConsoleConfig } from '../config';
import { actionErrorOf, errorText } from '../agreement/actions';
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
  /** Counts the outcomes, so the same words twice still show (and take focus) afresh. */
  seq: number;
}

/**
 * Runs one mutation as the signed-in person and says what happened: the server's reason in plain words when it
 * refuses (it names what is missing), or `done` when it succeeds; then reloads the page's data.
 */
export function useAction(client: ApolloClient | null, reload: () => Promise<unknown>) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const say = (ok: boolean, message: string) => setOutcome((before) => ({ ok, message, seq: (before?.seq ?? 0) + 1 }));
  const run = async (mutation: DocumentNode, variables: Record<string, unknown>, done: string) => {
    if (!client) return;
    setPending(true);
    try {
      await client.mutate({ mutation, variables });
      // Reload first, so that what the page shows agrees with the message.
      await reload();
      say(true, done);
    } catch (error) {
      say(false, errorText(actionErrorOf(error)));
    } finally {
      setPending(false);
    }
  };
  /** Runs the mutation with variables read from the form; a field the form itself refuses (a date that does not exist) is said at once. */
  const runChecked = (variables: () => Record<string, unknown>, mutation: DocumentNode, done: string) => {
    let checked: Record<string, unknown>;
    try {
      checked = variables();
    } catch (error) {
      say(false, (error as Error).message);
      return;
    }
    void run(mutation, checked, done);
  };
  return { run, runChecked, outcome, pending };
}
