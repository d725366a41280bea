import { useState } from 'react';
import { ConsoleConfig } from './config';
import { currentSession, saveSession, Session, signInAsDemoUser } from './session';
import { Button, Select, TextInput } from './govuk';

const DEMO_USERS: [string, string][] = [
  ['rm', 'GO relationship manager'],
  ['tl', 'GO theme lead'],
  ['drd', 'Deputy Regional Director'],
  ['rd', 'Regional Director'],
  ['goanalyst', 'GO analyst (evidence)'],
  ['po', 'Partnership officer (area)'],
  ['cllr', 'Councillor (area)'],
  ['partner', 'Partner organisation (area)'],
  ['analyst', 'Department analyst'],
  ['minister', 'CLG / Minister'],
];

const regionName = (config: ConsoleConfig, code: string) => config.regions.find((r) => r.code === code)?.name ?? code;

/** Development sign-in: pick a demo user (the launcher's development identity provider issues the token). */
export function SignIn({ config }: { config: ConsoleConfig }) {
  const [session, setSession] = useState<Session | null>(currentSession);
  const [error, setError] = useState<string | null>(null);
  if (config.environment === 'production') return null;
  if (session) {
    return (
      <span className="session" data-testid="session">
        Signed in as {session.name}{session.area ? ` (${session.area})` : session.region ? ` (${regionName(config, session.region)})` : ''}
        <Button type="button" onClick={() => { saveSession(null); window.location.reload(); }}>Sign out</Button>
      </span>
    );
  }
  const submit = async (form: HTMLFormElement) => {
    const fields = new FormData(form);
    try {
      setSession(await signInAsDemoUser(String(fields.get('user')), String(fields.get('region')), String(fields.get('area') || '')));
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="session" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
      <Select label="Demo user" name="user" data-testid="sign-in-user">{DEMO_USERS.map(([key, label]) => <option key={key} value={key}>{label}</option>)}</Select>
      <Select label="Region" name="region" data-testid="sign-in-region">{config.regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}</Select>
      <TextInput label="Area" name="area" width={5} hint="For example, 00ML" data-testid="sign-in-area" />
      <Button type="submit">Sign in</Button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}
