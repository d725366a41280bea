import { redactSecrets } from './redaction';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Fields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** The audit trail (who read which drafts, who changed what): written at every level but silent. */
  audit(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** One JSON line per event, so a region's logs can be filtered by component and region; never a credential (redaction.ts). */
export function createLogger(base: Fields, level: LogLevel = 'info'): Logger {
  const write = (at: Exclude<LogLevel, 'silent'> | 'audit', message: string, fields?: Fields) => {
    if (at === 'audit' ? level === 'silent' : RANK[at] < RANK[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, ...base, message, ...(redactSecrets(fields ?? {}) as Fields) });
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    audit: (m, f) => write('audit', m, f),
    child: (fields) => createLogger({ ...base, ...fields }, level),
  };
}
