import { context, ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { AlwaysOnSampler, ParentBasedSampler, SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { RequestRootSampler } from './request-sampler';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const sampler = new ParentBasedSampler({ root: new RequestRootSampler(new AlwaysOnSampler()) });
const decide = (parent: typeof ROOT_CONTEXT, kind: SpanKind) =>
  sampler.shouldSample(parent, TRACE, 'span', kind, {}, []).decision;

describe('traces begin at requests', () => {
  it('starts a trace for a request arriving, not for work a service does on its own (start-up parsing)', () => {
    expect(decide(ROOT_CONTEXT, SpanKind.SERVER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(ROOT_CONTEXT, SpanKind.INTERNAL)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide(ROOT_CONTEXT, SpanKind.CLIENT)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('keeps every span under a sampled request, whatever its kind', () => {
    const parent = trace.setSpanContext(context.active(), {
      traceId: TRACE,
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
    expect(decide(parent, SpanKind.INTERNAL)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(parent, SpanKind.CLIENT)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });
});
