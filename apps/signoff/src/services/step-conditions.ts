import { DataSource, IsNull } from 'typeorm';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { ModerationFlag } from '../entities/moderation-flag';
import { latestRecommendation } from '../entities/recommendation';
import { BlockerKind, SignOffBlocker } from '../entities/sign-off-blocker';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';
import { AgreementFactsClient, DraftFacts } from '../peers/agreement-facts';
import {
  baselinesMissing,
  changedSinceRecommendation,
  missingForRecommendation,
  missingStatutorySet,
  unsignedTargets,
} from '../rules/readiness';

export interface StepCheck {
  blockers: SignOffBlocker[];
  /** The draft's facts, when the step needed them (the caller's token reads them). */
  draft?: DraftFacts;
}

/**
 * What must hold before each sign-off step, as a list of what is missing: the step refuses with it, and
 * SignOff.readiness shows it before anyone tries.
 */
export class StepConditions {
  constructor(
    private readonly db: DataSource,
    private readonly facts: AgreementFactsClient,
  ) {}

  async check(stage: SignOffStage, agreementId: string, authorization?: string): Promise<StepCheck> {
    switch (stage) {
      case SignOffStage.LSP_SIGNED_OFF:
        return { blockers: await this.storyBlockers(agreementId, authorization) };
      case SignOffStage.TARGETS_SIGNED_OFF: {
        const draft = await this.facts.draft(agreementId, authorization);
        return { draft, blockers: unsignedTargets(draft.targets, await this.targetSignOffsOf(agreementId)) };
      }
      case SignOffStage.RD_RECOMMENDED: {
        const draft = await this.facts.draft(agreementId, authorization);
        return { draft, blockers: missingForRecommendation(draft, await this.targetSignOffsOf(agreementId)) };
      }
      case SignOffStage.SIGNED:
        return this.checkSignature(agreementId, authorization);
      default:
        return { blockers: [] };
    }
  }

  /**
   * "The LSP signs off the story of place and the draft": the latest version of the area's story (the evidence
   * subgraph keeps it, versioned) must carry the LSP's sign-off before the LSP signs off the draft.
   */
  private async storyBlockers(agreementId: string, authorization?: string): Promise<SignOffBlocker[]> {
    const agreement = await this.facts.agreement(agreementId);
    const story = await this.facts.storyOfPlace(agreement.area.code, authorization);
    if (!story) {
      return [
        {
          kind: BlockerKind.STORY_OF_PLACE,
          ref: null,
          label: 'Story of place',
          reason: `area ${agreement.area.code} has no story of place yet (writeStoryOfPlace)`,
        },
      ];
    }
    if (story.signOff) return [];
    const reason = `the LSP has not signed off version ${story.version} of the story of place (signOffStoryOfPlace)`;
    return [
      { kind: BlockerKind.STORY_OF_PLACE, ref: story.id, label: `Story of place, version ${story.version}`, reason },
    ];
  }

  /** Ministers sign what the RD recommended, after Cabinet, with no open review and every target still validly signed off. */
  private async checkSignature(agreementId: string, authorization?: string): Promise<StepCheck> {
    const [consultations, flags, recommendation, records, draft] = await Promise.all([
      this.db.getRepository(CabinetConsultation).countBy({ agreementId }),
      this.db.getRepository(ModerationFlag).findBy({ agreementId, resolvedAt: IsNull() }),
      latestRecommendation(this.db.manager, agreementId),
      this.targetSignOffsOf(agreementId),
      this.facts.draft(agreementId, authorization),
    ]);
    const cabinet: SignOffBlocker[] = consultations
      ? []
      : [
          {
            kind: BlockerKind.CABINET_CONSULTATION,
            ref: null,
            label: 'Cabinet consultation',
            reason: 'the Secretary of State has not yet consulted Cabinet colleagues (recordCabinetConsultation)',
          },
        ];
    const reviews = flags.map((f) => ({
      kind: BlockerKind.CONSISTENCY_REVIEW,
      ref: f.id,
      label: f.reason,
      reason: `the agreement is under consistency review: ${f.reason}`,
    }));
    const recommended = recommendation?.content
      ? changedSinceRecommendation(draft.targets, recommendation.content.shape.targets)
      : [];
    return {
      draft,
      blockers: [
        ...cabinet,
        ...reviews,
        ...missingStatutorySet(draft),
        ...unsignedTargets(draft.targets, records),
        ...baselinesMissing(draft.targets),
        ...recommended,
      ],
    };
  }

  /** True when targets changed after the recommendation, so the RD may (and must) recommend again. */
  async recommendationOutOfDate(agreementId: string, draft: DraftFacts): Promise<boolean> {
    const recommendation = await latestRecommendation(this.db.manager, agreementId);
    return (
      !!recommendation?.content &&
      changedSinceRecommendation(draft.targets, recommendation.content.shape.targets).length > 0
    );
  }

  targetSignOffsOf(agreementId: string): Promise<TargetSignOffRecord[]> {
    return this.db.getRepository(TargetSignOffRecord).findBy({ agreementId });
  }
}
