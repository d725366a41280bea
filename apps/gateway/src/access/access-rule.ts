// The shape of the access matrix's rules, apart from the matrix so each part of it (sign-off, people, ...) can use it.
import type { MatrixCaller } from './callers';

/** Ids the matrix operations act on, made by the test's setup in a demo region. */
export interface MatrixFixture {
  region: string;
  area: string;
  agreementId: string;
  targetId: string;
  credentialToRotate: string;
  credentialToRevoke: string;
  exchangeClientId: string;
  exchangeSecret: string;
  /** Drafting and negotiation items of the fixture agreement (see negotiation-matrix.ts). */
  priorityId: string;
  milestoneId: string;
  pointId: string;
  conferenceId: string;
  /** A soft intelligence item of the fixture area (see evidence-matrix.ts). */
  softEvidenceId: string;
  /** A Sustainable Community Strategy of the fixture area. */
  communityStrategyId: string;
  /** A multi-area agreement the fixture region leads, with the fixture area and Derbyshire (multi-area-matrix.ts). */
  multiAreaAgreementId: string;
  /** The matrix's other region (the RD there sends a copy of its own multi-area agreement). */
  otherRegion: string;
}

/** One operation of the public API and who may run it. docs/ACCESS.md is rendered from these. */
export interface AccessRule {
  operation: string;
  /** Who may, in the domain's words (shown in docs/ACCESS.md). */
  rule: string;
  document: string;
  variables?: (fixture: MatrixFixture) => Record<string, unknown>;
  allowed: ReadonlySet<MatrixCaller>;
  /** Outcomes an allowed caller may still get: business answers, not access refusals. */
  tolerated?: string[];
}
