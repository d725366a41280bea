import { refusalSentence } from '../words';

/** An API refusal as the console shows it: the stable code, the API's own message and, for CONFLICT, the current values. */
export interface ActionError {
  code: string;
  message: string;
  rule?: string;
  current?: { version?: number; levels?: (number | null)[] };
}

interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: unknown; rule?: unknown; current?: unknown };
}

const isErrorList = (value: unknown): value is readonly (GraphqlErrorLike | undefined)[] => Array.isArray(value);

/** Reads the first GraphQL error of a failed mutation (Apollo's CombinedGraphQLErrors), or a network failure. */
export function actionErrorOf(error: unknown): ActionError {
  const errors: unknown = (error as { errors?: unknown } | null)?.errors;
  const first = isErrorList(errors) ? errors[0] : undefined;
  if (!first) return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
  const { code, rule, current } = first.extensions ?? {};
  return {
    code: typeof code === 'string' ? code : 'UNKNOWN',
    message: first.message,
    ...(typeof rule === 'string' ? { rule } : {}),
    ...(current && typeof current === 'object' ? { current } : {}),
  };
}

const levelsText = (levels: (number | null)[]) => levels.map((l) => (l === null ? '–' : String(l))).join(' · ');

/** The sentence shown for a refusal; a conflict says nothing was saved and shows what is there now. */
export function errorText(error: ActionError): string {
  if (error.code === 'CONFLICT') {
    const now = error.current?.levels ? ` with levels ${levelsText(error.current.levels)}` : '';
    const version = error.current?.version !== undefined ? ` (now version ${error.current.version}${now})` : '';
    return `Not saved: someone else changed this since you read it${version}. The page shows the current values; apply your change again if it still stands.`;
  }
  if (error.code === 'NETWORK')
    return `Not saved: the gateway did not answer (${error.message}). What you typed is kept: try again when the connection is back.`;
  return refusalSentence(error);
}
