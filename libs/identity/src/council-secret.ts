/**
 * How a council system's secret starts (partners' credentials/secrets.ts issues them), so logs can recognise one
 * by its value wherever it turns up: in a variable of any name or written into an operation's text.
 */
export const COUNCIL_SECRET_PREFIX = 'laa_secret_';

/** A council secret, or a bearer token (a JWT), anywhere in a text. */
export const CREDENTIAL_PATTERN = new RegExp(
  `${COUNCIL_SECRET_PREFIX}[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*`,
  'g',
);
