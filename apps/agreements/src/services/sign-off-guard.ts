import { ruleViolation } from '@laa/errors';
import { PeerSubgraphs } from '@laa/subgraph';

// Sign-off owns whether a signed agreement's target is open for change; agreements asks it, never reads its tables.
const PERMIT = `query ($representations: [_Any!]!, $targetId: ID, $kind: String) { _entities(representations: $representations) {
  ... on Agreement { signOff { targetChangePermit(targetId: $targetId, addingKind: $kind) { allowed reason } } } } }`;

interface PermitAnswer {
  _entities: ({ signOff: { targetChangePermit: { allowed: boolean; reason: string | null } } } | null)[];
}

/**
 * Controlled refresh: once Ministers have signed, a target changes only if sign-off has reopened it (an approved
 * change), so every edit asks the signoff subgraph first, before the change's transaction opens.
 */
export class SignOffGuard {
  constructor(private readonly peers: PeerSubgraphs) {}

  async requirePermitted(agreementId: string, change: { targetId?: string; addingKind?: string }, authorization?: string): Promise<void> {
    const answer = await this.peers.query<PermitAnswer>(
      'signoff', PERMIT, { representations: [{ __typename: 'Agreement', id: agreementId }], targetId: change.targetId ?? null, kind: change.addingKind ?? null }, authorization,
    );
    const permit = answer._entities[0]?.signOff.targetChangePermit;
    if (permit && !permit.allowed) throw ruleViolation('SIGNED_TARGET_CLOSED', permit.reason ?? 'The agreement is signed: its targets change only through controlled refresh');
  }
}
