import { ReactNode, useState } from 'react';
import { ConsoleConfig } from './config';
import { saveSession, sessionWasRefused, signInAsDemoUser, useSession } from './session';
import { plainWords } from './words';
import { Button, Select, TextInput } from './govuk';

const DEMO_USERS: [string, string][] = [
  ['rm', 'GO relationship manager'],
  ['tl', 'GO theme lead'],
  ['drd', 'Deputy Regional Director'],
  ['rd', 'Regional Director'],
  ['goanalyst', 'GO analyst (evidence)'],
  ['ns', 'National Strategies adviser'],
  ['po', 'Partnership officer (area)'],
  ['cllr', 'Councillor, cabinet member (area)'],
  ['partner', 'Partner organisation (area)'],
  ['analyst', 'Department analyst'],
  ['minister', 'CLG / Minister'],
  ['steward', 'CLG data steward (indicator set)'],
];

const regionName = (config: ConsoleConfig, code: string) => config.regions.find((r) => r.code === code)?.name ?? code;

/** The development sign-in bar under the service navigation, a landmark of its own so that nothing sits outside one. */
function Bar({ children }: { children: ReactNode }) {
  return (
    <div className="app-sign-in" role="region" aria-label="Demo sign-in">
      <div className="govuk-width-container">{children}</div>
    </div>
  );
}

/** Development sign-in: pick a demo user (the launcher's development identity provider issues the token). */
export function SignIn({ config }: { config: ConsoleConfig }) {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  if (config.environment === 'production') return null;
  if (session) {
    return (
      <Bar>
        <div className="app-sign-in__session" data-testid="session">
          <p className="govuk-body">
            Signed in as <strong>{session.name}</strong>
            {session.area ? ` (${session.area})` : session.region ? ` (${regionName(config, session.region)})` : ''}
          </p>
          <Button
            type="button"
            variant="secondary"
            className="govuk-!-margin-bottom-2"
            onClick={() => {
              saveSession(null);
              window.location.reload();
            }}
          >
            Sign out
          </Button>
        </div>
      </Bar>
    );
  }
  const submit = async (form: HTMLFormElement) => {
    const fields = new FormData(form);
    try {
      await signInAsDemoUser(
        String(fields.get('user')),
        String(fields.get('region')),
        String(fields.get('area') || ''),
      );
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Bar>
      {sessionWasRefused() && (
        <p className="govuk-body govuk-!-font-weight-bold session-ended" role="alert" data-testid="session-ended">
          Your sign-in has ended (it expired or was not accepted): you are signed out. Sign in again to see drafts and
          make changes; public data still shows.
        </p>
      )}
      <form
        className="session"
        aria-label="Sign in as a demo user"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <Select label="Demo user" name="user" data-testid="sign-in-user">
          {DEMO_USERS.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </Select>
        <Select label="Region" name="region" data-testid="sign-in-region">
          {config.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </Select>
        <TextInput label="Area" name="area" width={5} hint="Area roles, for example 00ML" data-testid="sign-in-area" />
        <Button type="submit">Sign in</Button>
        {error && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {plainWords(error)}
          </p>
        )}
      </form>
    </Bar>
  );
}
