import { useEffect, useState } from 'react';

/** Who is using the console: a bearer token from the identity provider (the development one in the quick start). */
export interface Session {
  token: string;
  name: string;
  /** Demo user key (rm, rd, po, analyst ...) or the identity provider's subject. */
  user: string;
  region?: string;
  area?: string;
}

const KEY = 'laa.session';

export function currentSession(): Session | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

/** Told on this page whenever the session changes (signed in, out, or ended because a gateway refused its token). */
const SESSION_EVENT = 'laa:session';
/** Set when a gateway refused the token, so the bar can say why the person was signed out; cleared at sign-in. */
const EXPIRED_KEY = 'laa.session-expired';

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  sessionStorage.removeItem(EXPIRED_KEY);
  window.dispatchEvent(new Event(SESSION_EVENT));
}

/**
 * A gateway answered 401 to this token (expired, or signed by another secret): the person is signed out and asked to
 * sign in again. Only if it is still the current token: nine regions refusing the same token sign out once, and a
 * token refused after a new sign-in does not end the new session.
 */
export function endRefusedSession(token: string): void {
  if (currentSession()?.token !== token) return;
  localStorage.removeItem(KEY);
  sessionStorage.setItem(EXPIRED_KEY, 'true');
  window.dispatchEvent(new Event(SESSION_EVENT));
}

/** True after a gateway refused the session's token, until the next sign-in. */
export const sessionWasRefused = (): boolean => sessionStorage.getItem(EXPIRED_KEY) === 'true';

/** The current session, re-rendering when it changes (a sign-out elsewhere on the page, a refused token). */
export function useSession(): Session | null {
  const [session, setSession] = useState<Session | null>(currentSession);
  useEffect(() => {
    const onChange = () => setSession(currentSession());
    window.addEventListener(SESSION_EVENT, onChange);
    window.addEventListener('storage', onChange);
    return () => {
      window.removeEventListener(SESSION_EVENT, onChange);
      window.removeEventListener('storage', onChange);
    };
  }, []);
  return session;
}

/** The Authorization header for GraphQL calls, if signed in. */
export function authorizationHeader(): Record<string, string> {
  const session = currentSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

/** Asks the launcher's development identity provider for a demo user's token. */
export async function signInAsDemoUser(user: string, region: string, area: string): Promise<Session> {
  const query = new URLSearchParams({ user, region, area });
  const response = await fetch(`/dev/sign-in?${query}`, { method: 'POST' });
  const body = (await response.json()) as { token?: string; name?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `sign-in failed (${response.status})`);
  const session = { token: body.token, name: body.name ?? user, user, region, area };
  saveSession(session);
  return session;
}

/** A role grant as the platform's tokens carry it. */
export interface Grant {
  role: string;
  region?: string;
  area?: string;
  department?: string;
}

/**
 * The grants in a token's payload (a JWT: header.payload.signature); none if it cannot be read. For what the
 * console offers only: every subgraph checks access itself.
 */
export function grantsOfToken(token: string): Grant[] {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const grants = (JSON.parse(json) as { grants?: unknown }).grants;
    return Array.isArray(grants)
      ? (grants.filter((g: unknown) => typeof (g as { role?: unknown } | null)?.role === 'string') as Grant[])
      : [];
  } catch {
    return [];
  }
}

/** The signed-in person's grants (none when signed out). */
export function sessionGrants(): Grant[] {
  const session = currentSession();
  return session ? grantsOfToken(session.token) : [];
}
