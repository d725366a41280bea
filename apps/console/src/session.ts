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

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
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
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const grants = (JSON.parse(json) as { grants?: unknown }).grants;
    return Array.isArray(grants) ? (grants.filter((g: unknown) => typeof (g as { role?: unknown } | null)?.role === 'string') as Grant[]) : [];
  } catch {
    return [];
  }
}

/** The signed-in person's grants (none when signed out). */
export function sessionGrants(): Grant[] {
  const session = currentSession();
  return session ? grantsOfToken(session.token) : [];
}
