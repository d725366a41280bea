import { PeerSubgraphs } from '@laa/subgraph';
import { TargetChangeKind } from '../entities/target-change';
import { graphql } from './gql';

const FENCE = graphql(`
  mutation FenceAgreementTargets($input: FenceAgreementInput!) {
    fenceAgreementTargets(input: $input)
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmAgreementFence($agreementId: ID!) {
    confirmAgreementFence(agreementId: $agreementId)
  }
`);
const RELEASE = graphql(`
  mutation ReleaseAgreementFence($agreementId: ID!, $attemptId: ID!) {
    releaseAgreementFence(agreementId: $agreementId, attemptId: $attemptId)
  }
`);
const FENCE_TARGET = graphql(`
  mutation FenceTarget($targetId: ID!, $version: Int!) {
    fenceTarget(targetId: $targetId, version: $version)
  }
`);
const PERMIT = graphql(`
  mutation IssueTargetPermit($input: TargetPermitInput!) {
    issueTargetPermit(input: $input)
  }
`);

/** An approved change, as agreements opens it (keyed by the request). */
export interface ApprovedChange {
  id: string;
  agreementId: string;
  change: TargetChangeKind;
  targetId: string | null;
  proposedLevels: (number | null)[] | null;
  proposedBaseline?: { value: number; period: string; source: string | null; provisional: boolean | null } | null;
}

/**
 * The agreements subgraph owns the targets, so it keeps the fence round what Ministers signed and the permits
 * refresh opens (docs/ARCHITECTURE.md). Sign-off asks it, with its peer key, before each of its own transactions,
 * never during one; a refusal comes back as the agreements subgraph's error (CONFLICT when targets changed).
 */
export class AgreementFenceClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  async fence(
    agreementId: string,
    attemptId: string,
    targets: { targetId: string; version: number }[],
    authorization?: string,
  ): Promise<void> {
    await this.peers.query('agreements', FENCE, { input: { agreementId, attemptId, targets } }, authorization);
  }

  async confirm(agreementId: string, authorization?: string): Promise<void> {
    await this.peers.query('agreements', CONFIRM, { agreementId }, authorization);
  }

  async release(agreementId: string, attemptId: string, authorization?: string): Promise<void> {
    await this.peers.query('agreements', RELEASE, { agreementId, attemptId }, authorization);
  }

  async fenceTarget(targetId: string, version: number, authorization?: string): Promise<void> {
    await this.peers.query('agreements', FENCE_TARGET, { targetId, version }, authorization);
  }

  async issuePermit(change: ApprovedChange, authorization?: string): Promise<void> {
    const baseline = change.proposedBaseline
      ? {
          ...change.proposedBaseline,
          source: change.proposedBaseline.source ?? '',
          provisional: !!change.proposedBaseline.provisional,
        }
      : null;
    const input = {
      id: change.id,
      agreementId: change.agreementId,
      change: change.change,
      targetId: change.targetId,
      levels: change.proposedLevels,
      baseline,
    };
    await this.peers.query('agreements', PERMIT, { input }, authorization);
  }
}
