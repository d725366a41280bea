import { context, trace } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createLogger } from './logger';

/** Every line written to stdout and stderr while `write` runs, parsed. */
function linesOf(write: () => void): Record<string, unknown>[] {
  const written: string[] = [];
  const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    write();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the JSON logger', () => {
  it('writes one JSON line per event with its fields, at or above LOG_LEVEL', () => {
    const lines = linesOf(() => {
      const log = createLogger({ service: 'partners' }, 'warn').child({ region: 'E12000003' });
      log.info('not shown');
      log.warn('shown', { rows: 3 });
    });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', message: 'shown', service: 'partners', region: 'E12000003', rows: 3 }),
    ]);
    expect(typeof lines[0].time).toBe('string');
  });

  it('keeps the audit trail at every level but silent', () => {
    expect(linesOf(() => createLogger({}, 'error').audit('read drafts', { caller: 'rm' }))).toEqual([
      expect.objectContaining({ level: 'audit', message: 'read drafts', caller: 'rm' }),
    ]);
    expect(linesOf(() => createLogger({}, 'silent').audit('read drafts'))).toEqual([]);
  });

  it('never writes a token or password', () => {
    const [line] = linesOf(() =>
      createLogger({}, 'info').info('call', { authorization: 'Bearer abc', request: { password: 'p' } }),
    );
    expect(JSON.stringify(line)).not.toMatch(/abc|"p"/);
  });

  it('carries the trace and span ids of the request being traced', () => {
    const provider = new NodeTracerProvider();
    provider.register(); // the context manager a service's SDK installs
    const tracer = provider.getTracer('test');
    try {
      const log = createLogger({}, 'info');
      const span = tracer.startSpan('request');
      const [inside, outside] = [
        linesOf(() => context.with(trace.setSpan(context.active(), span), () => log.info('inside')))[0],
        linesOf(() => log.info('outside'))[0],
      ];
      expect(inside).toMatchObject({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId });
      expect(outside).not.toHaveProperty('trace_id');
      span.end();
    } finally {
      context.disable();
      trace.disable();
    }
  });
});
