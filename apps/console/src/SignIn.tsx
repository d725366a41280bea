import { useState } from 'react';
import { ConsoleConfig } from './config';
import { saveSession, sessionWasRefused, signInAsDemoUser, useSession } from './session';

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
];

const regionName = (config: ConsoleConfig, code: string) => config.regions.find((r) => r.code === code)?.name ?? code;

/** Development sign-in: pick a demo user (the launcher's development identity provider issues the token). */
export function SignIn({ config }: { config: ConsoleConfig }) {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  if (config.environment === 'production') return null;
  if (session) {
    return (
      <span className="session" data-testid="session">
        Signed in as {session.name}{session.area ? ` (${session.area})` : session.region ? ` (${regionName(config, session.region)})` : ''}
        <button type="button" onClick={() => { saveSession(null); window.location.reload(); }}>Sign out</button>
      </span>
    );
  }
  const submit = async (form: HTMLFormElement) => {
    const fields = new FormData(form);
    try {
      await signInAsDemoUser(String(fields.get('user')), String(fields.get('region')), String(fields.get('area') || ''));
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
    {sessionWasRefused() && (
      <p className="session-ended" role="alert" data-testid="session-ended">
        Your sign-in has ended (it expired or was not accepted): you are signed out. Sign in again to see drafts and make changes; public data still shows.
      </p>
    )}
    <form className="session" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
      <label>Demo user <select name="user" data-testid="sign-in-user">{DEMO_USERS.map(([key, label]) => <option key={key} value={key}>{label}</option>)}</select></label>
      <label>Region <select name="region" data-testid="sign-in-region">{config.regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}</select></label>
      <label>Area <input name="area" size={5} placeholder="00ML" data-testid="sign-in-area" /></label>
      <button type="submit">Sign in</button>
      {error && <span role="alert">{error}</span>}
    </form>
    </>
  );
}
