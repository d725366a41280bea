import { z } from 'zod';
import { ConfigError, readEnvironment } from './environment';
import { authSecret, DEVELOPMENT_AUTH_SECRET, httpUrl, runMode } from './variables';

/** An external OpenID Connect identity provider whose signed tokens the platform accepts. */
export interface IdentityProviderSettings {
  issuer: string;
  audience: string;
  /** Where its public keys are published (JWKS), or a local JWKS file. */
  jwksUrl?: string;
  jwksFile?: string;
}

/** How callers are authenticated: the platform's own signing secret, and optionally an identity provider. */
export interface AuthSettings {
  /** Signs and verifies the platform's own tokens (development sign-in, council system tokens). */
  secret: string;
  identityProvider?: IdentityProviderSettings;
  production: boolean;
}

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const AUTH_VARIABLES = {
  NODE_ENV: runMode,
  AUTH_SECRET: authSecret,
  AUTH_ISSUER: optionalText,
  AUTH_AUDIENCE: optionalText,
  AUTH_JWKS_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.optional()),
  AUTH_JWKS_FILE: optionalText,
};

/** Reads AUTH_* and NODE_ENV; production refuses the development secret and half-configured providers. */
export function readAuthSettings(component: string, env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const auth = readEnvironment(component, AUTH_VARIABLES, env);
  const production = auth.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && auth.AUTH_SECRET === DEVELOPMENT_AUTH_SECRET) {
    problems.push(
      'AUTH_SECRET: production needs its own secret, not the development one (set AUTH_SECRET, at least 32 characters)',
    );
  }
  const keys = auth.AUTH_JWKS_URL ?? auth.AUTH_JWKS_FILE;
  if (auth.AUTH_JWKS_URL && auth.AUTH_JWKS_FILE) problems.push('AUTH_JWKS_URL and AUTH_JWKS_FILE: set one, not both');
  if (keys && (!auth.AUTH_ISSUER || !auth.AUTH_AUDIENCE)) {
    problems.push(
      "AUTH_ISSUER and AUTH_AUDIENCE: required with an identity provider's keys (AUTH_JWKS_URL or AUTH_JWKS_FILE)",
    );
  }
  if (!keys && (auth.AUTH_ISSUER || auth.AUTH_AUDIENCE))
    problems.push('AUTH_JWKS_URL or AUTH_JWKS_FILE: required with AUTH_ISSUER');
  if (problems.length > 0) throw new ConfigError(component, problems);
  const identityProvider = keys
    ? {
        issuer: auth.AUTH_ISSUER!,
        audience: auth.AUTH_AUDIENCE!,
        jwksUrl: auth.AUTH_JWKS_URL,
        jwksFile: auth.AUTH_JWKS_FILE,
      }
    : undefined;
  return { secret: auth.AUTH_SECRET, identityProvider, production };
}
