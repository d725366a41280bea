import { Attributes, context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('laa-platform');

/**
 * Runs a call to another service inside a client span and hands it headers carrying the W3C trace
 * context (traceparent), so the callee's spans join the caller's trace. Node's fetch (undici) is not
 * covered by the http instrumentation, hence this. Without tracing it costs a no-op span.
 */
export function withClientSpan<T>(
  name: string,
  attributes: Attributes,
  headers: Record<string, string>,
  call: (headers: Record<string, string>) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    const carrier = { ...headers };
    propagation.inject(context.active(), carrier);
    try {
      return await call(carrier);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
