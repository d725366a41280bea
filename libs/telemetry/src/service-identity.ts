import { Context, context, createContextKey } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Which service a span belongs to: in the launcher one process runs nine regions' gateways and subgraphs. */
export interface ServiceIdentity {
  /** gateway, partners, evidence, agreements or signoff. */
  service: string;
  region: string;
}

export const SERVICE_ATTRIBUTE = 'laa.service';
export const REGION_ATTRIBUTE = 'laa.region';

const IDENTITY = createContextKey('laa.service-identity');

/** Runs `work` (a request's handling) so that every span started inside it carries the service and region. */
export function runAsService<T>(identity: ServiceIdentity, work: () => T): T {
  return context.with(context.active().setValue(IDENTITY, identity), work);
}

export function identityAttributes(identity: ServiceIdentity): Record<string, string> {
  return { [SERVICE_ATTRIBUTE]: identity.service, [REGION_ATTRIBUTE]: identity.region };
}

/** Stamps each span started under runAsService with its service and region (the resource is one per process). */
export class ServiceIdentityProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const identity = parentContext.getValue(IDENTITY) as ServiceIdentity | undefined;
    if (identity) span.setAttributes(identityAttributes(identity));
  }

  onEnd(_span: ReadableSpan): void {
    // Nothing to add once a span has ended.
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
