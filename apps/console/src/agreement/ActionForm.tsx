import { DocumentNode } from 'graphql';
import { createContext, FormEvent, ReactNode, useContext, useRef, useState } from 'react';
import { ActionError, errorText } from './actions';
import { Button, ErrorSummary, NotificationBanner } from '../govuk';

/** Runs one change against the gateway and reads the agreement again; resolves to the refusal, if any. */
export type RunAction = (mutation: DocumentNode, variables: Record<string, unknown>) => Promise<ActionError | null>;

export const ActionContext = createContext<RunAction>(() =>
  Promise.resolve({ code: 'NETWORK', message: 'not connected' }),
);

/**
 * A form that changes the agreement: its fields become the mutation's variables. While it runs the
 * button is disabled; the API's refusal is shown in plain words in an error summary, success as a success banner;
 * either takes keyboard focus, so the reader lands on the result.
 */
export function ActionForm({
  label,
  submit,
  mutation,
  variables,
  children,
  className,
}: {
  label: string;
  submit: string;
  mutation: DocumentNode;
  /** The mutation's variables from the form's fields; may throw an Error to refuse before asking the API. */
  variables: (fields: FormData) => Record<string, unknown>;
  children: ReactNode;
  className?: string;
}) {
  const run = useContext(ActionContext);
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: ActionError | null; saved: boolean }>({
    busy: false,
    error: null,
    saved: false,
  });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setState({ busy: true, error: null, saved: false });
    let error: ActionError | null;
    try {
      error = await run(mutation, variables(new FormData(form)));
    } catch (e) {
      error = { code: 'BAD_USER_INPUT', message: (e as Error).message };
    }
    if (!error) form.reset();
    setState({ busy: false, error, saved: !error });
  };
  return (
    <form ref={formRef} aria-label={label} className={`action ${className ?? ''}`} onSubmit={(e) => void onSubmit(e)}>
      {children}
      {state.error && <ErrorSummary code={state.error.code} problems={[{ text: errorText(state.error) }]} />}
      {state.saved && <NotificationBanner success>Saved.</NotificationBanner>}
      <Button type="submit" disabled={state.busy}>
        {state.busy ? 'Saving…' : submit}
      </Button>
      {/* Nothing reached the gateway: the fields still hold what was typed, so the same change can be sent again. */}
      {state.error?.code === 'NETWORK' && (
        <Button
          type="button"
          variant="secondary"
          className="retry"
          disabled={state.busy}
          onClick={() => formRef.current?.requestSubmit()}
        >
          Try saving again
        </Button>
      )}
    </form>
  );
}

/** Reads a text field, trimmed; empty is null. */
export const text = (fields: FormData, name: string): string | null => {
  const value = String(fields.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/** Reads a number field; empty is null, anything else that is not a number is refused. */
export const numberOf = (fields: FormData, name: string, label: string): number | null => {
  const value = text(fields, name);
  if (value === null) return null;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${label} must be a number`);
  return parsed;
};
