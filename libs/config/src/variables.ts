import { isRegionCode, REGION_CODES, RegionCode } from '@laa/domain';
import { z } from 'zod';

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const port = (fallback?: number) => {
  const base = z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535');
  return z.preprocess(blankToUndefined, fallback === undefined ? base : base.default(fallback));
};

export const regionCode = z
  .string({ message: `expected a region code (${REGION_CODES[0]} .. ${REGION_CODES[8]})` })
  .refine(isRegionCode, { message: `expected a region code (${REGION_CODES[0]} .. ${REGION_CODES[8]})` })
  .transform((code) => code);

/** A comma-separated list of region codes; empty or unset means all nine. */
export const regionList = z.preprocess(
  blankToUndefined,
  z
    .string()
    .default(REGION_CODES.join(','))
    .transform((text) => [
      ...new Set(
        text
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .refine((codes) => codes.length > 0 && codes.every(isRegionCode), {
      message: `expected comma-separated region codes from ${REGION_CODES[0]} to ${REGION_CODES[8]}`,
    })
    .transform((codes) => codes as RegionCode[]),
);

export const postgresUrl = z
  .string()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), { message: 'expected a postgres:// connection URL' });

export const optionalPostgresUrl = z.preprocess(blankToUndefined, postgresUrl.optional());

export const httpUrl = z.string().refine((url) => /^https?:\/\//.test(url), { message: 'expected an http(s):// URL' });
/** An http(s) URL that may be left unset or blank. */
export const optionalHttpUrl = z.preprocess(blankToUndefined, httpUrl.optional());

export const runMode = z.preprocess(
  blankToUndefined,
  z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
);

export const logLevel = z.preprocess(
  blankToUndefined,
  z
    .enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'expected debug, info, warn, error or silent' })
    .default('info'),
);

export const flag = (fallback: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  );

/** The development signing secret: refused in production, where AUTH_SECRET must be set. */
export const DEVELOPMENT_AUTH_SECRET = 'laa-platform-development-secret-not-for-production';

export const authSecret = z.preprocess(
  blankToUndefined,
  z.string().min(32, 'expected a secret of at least 32 characters').default(DEVELOPMENT_AUTH_SECRET),
);
