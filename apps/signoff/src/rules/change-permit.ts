/**
 * The rule a change made otherwise than approved is refused under: the agreements subgraph refuses the write
 * (it owns the fence, docs/ARCHITECTURE.md), and sign-off refuses to sign off a target carrying other levels.
 */
export const REFRESH_AS_APPROVED = 'refresh-as-approved';
