import { ruleViolation } from '@laa/errors';
import { PeerSubgraphs } from '@laa/subgraph';

// Sign-off owns whether a signed agreement's target is open for change; agreements asks it, never reads its tables.
const PERMIT = `query ($representations: [_Any!]!, $targetId: ID, $kind: String, $levels: [Float], $removing: Boolean) {
  _entities(representations: $representations) { ... on Agreement { signOff {
    targetChangePermit(targetId: $targetId, addingKind: $kind, levels: $levels, removing: $removing) { allowed reason rule } } } } }`;

interface PermitAnswer {
  _entities: ({ signOff: { targetChangePermit: { allowed: boolean; reason: string | null; rule: string | null } } } | null)[];
}

/** The change about to be written, as sign-off judges it: which target (or kind added), the levels it sets, a removal. */
export interface GuardedChange {
  targetId?: string;
  addingKind?: string;
  /** The levels the change sets; left out when it does not change them. */
  levels?: (number | null)[] | null;
  removing?: boolean;
}

/**
 * Controlled refresh: once Ministers have signed, a target changes only if sign-off has reopened it (an approved
 * change), and then only as approved, so every edit asks the signoff subgraph first, before the change's
 * transaction opens.
 */
export class SignOffGuard {
  constructor(private readonly peers: PeerSubgraphs) {}

  async requirePermitted(agreementId: string, change: GuardedChange, authorization?: string): Promise<void> {
    const answer = await this.peers.query<PermitAnswer>(
      'signoff',
      PERMIT,
      {
        representations: [{ __typename: 'Agreement', id: agreementId }],
        targetId: change.targetId ?? null,
        kind: change.addingKind ?? null,
        levels: change.levels ?? null,
        removing: change.removing ?? null,
      },
      authorization,
    );
    const permit = answer._entities[0]?.signOff.targetChangePermit;
    if (permit && !permit.allowed) {
      throw ruleViolation(permit.rule ?? 'SIGNED_TARGET_CLOSED', permit.reason ?? 'The agreement is signed: its targets change only through controlled refresh');
    }
  }
}
