import { BlockerKind, SignOffBlocker } from '../entities/sign-off-blocker';

/** A partner that leads delivery of at least one target, and the targets it leads. */
export interface LeadPartner {
  id: string;
  /** Null when the partnership no longer lists the member. */
  organisation: string | null;
  targets: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * "The PCT Board, Police Authority and other partners' governance agree it too": every partner that leads a target
 * needs its governing body's agreement recorded, not the council's alone. A body is matched to a partner by the
 * organisation's name as the partnership lists it.
 */
export function leadPartnersWithoutAgreement(
  leads: LeadPartner[],
  bodies: { organisation: string }[],
): SignOffBlocker[] {
  return leads
    .filter((lead) => !lead.organisation || !bodies.some((b) => same(b.organisation, lead.organisation!)))
    .map((lead) => ({
      kind: BlockerKind.LEAD_PARTNER_AGREEMENT,
      ref: lead.id,
      label: lead.organisation ?? `Partner ${lead.id}`,
      reason: lead.organisation
        ? `${lead.organisation} leads ${lead.targets.join(', ')}: record its governing body's agreement (organisation "${lead.organisation}")`
        : `partner ${lead.id} leads ${lead.targets.join(', ')} but is no longer a member of the partnership: correct the targets' lead partner`,
    }));
}
