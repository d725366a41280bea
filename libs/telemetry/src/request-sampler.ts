import { Attributes, Context, Link, SpanKind } from '@opentelemetry/api';
import type { Sampler, SamplingResult } from '@opentelemetry/sdk-trace-base';

const DROP: SamplingResult = { decision: 0 }; // SamplingDecision.NOT_RECORD

/**
 * A trace begins only where a request arrives (a server span): the schema building and parsing a service
 * does as it starts would otherwise each be a trace of their own. Which requests are kept is `root`'s choice.
 */
export class RequestRootSampler implements Sampler {
  constructor(private readonly root: Sampler) {}

  shouldSample(
    context: Context,
    traceId: string,
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    links: Link[],
  ): SamplingResult {
    return kind === SpanKind.SERVER ? this.root.shouldSample(context, traceId, name, kind, attributes, links) : DROP;
  }

  toString(): string {
    return `RequestRootSampler{${this.root.toString()}}`;
  }
}
