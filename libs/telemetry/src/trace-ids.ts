import { context, isSpanContextValid, trace } from '@opentelemetry/api';

/** The active span's ids for a log line, so a line can be found from its trace; none outside a traced request. */
export function activeTraceIds(): { trace_id: string; span_id: string } | Record<string, never> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const ids = span.spanContext();
  return isSpanContextValid(ids) ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
}
