import { activeTraceIds } from '@laa/telemetry';
import pino from 'pino';
import { redactSecrets } from './redaction';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** The audit trail (who read which drafts, who changed what): written at every level but silent. */
  audit(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** Between info (30) and warn (40), so that the audit trail survives LOG_LEVEL=warn on its own logger. */
const AUDIT = 35;

type PinoLogger = pino.Logger<'audit'>;

/**
 * One JSON line per event (pino), so a region's logs can be filtered by component, region and trace:
 * a line written while a traced request runs carries its trace_id and span_id; never a credential
 * (redaction.ts). Warnings and errors go to stderr, the rest to stdout.
 */
export function createLogger(base: Fields, level: LogLevel = 'info'): Logger {
  const root: PinoLogger = pino(
    {
      level,
      customLevels: { audit: AUDIT },
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: activeTraceIds,
    },
    pino.multistream(
      [
        { level: 'debug', stream: process.stdout },
        { level: 'warn', stream: process.stderr },
      ],
      { levels: { ...pino.levels.values, audit: AUDIT }, dedupe: true },
    ),
  );
  return wrap(root.child(base), level);
}

function wrap(logger: PinoLogger, level: LogLevel): Logger {
  const auditor = logger.child({}, { level: level === 'silent' ? 'silent' : 'audit' });
  const safe = (fields: Fields | undefined) => redactSecrets(fields ?? {}) as Fields;
  // A line below the level is dropped before its fields are redacted: the access log's line per request costs nothing
  // at the default level (warn).
  const at =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: Fields): void => {
      if (logger.isLevelEnabled(method)) logger[method](safe(fields), message);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    audit: (message, fields) => auditor.audit(safe(fields), message),
    child: (fields) => wrap(logger.child(safe(fields)), level),
  };
}
