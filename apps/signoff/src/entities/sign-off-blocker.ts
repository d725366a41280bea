import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum BlockerKind {
  DRAFT_NOT_SUBMITTED = 'DRAFT_NOT_SUBMITTED',
  STORY_OF_PLACE = 'STORY_OF_PLACE',
  NEGOTIATION_POINT = 'NEGOTIATION_POINT',
  TARGET_SIGN_OFF = 'TARGET_SIGN_OFF',
  BASELINE = 'BASELINE',
  RECOMMENDATION_OUT_OF_DATE = 'RECOMMENDATION_OUT_OF_DATE',
  CABINET_CONSULTATION = 'CABINET_CONSULTATION',
  CONSISTENCY_REVIEW = 'CONSISTENCY_REVIEW',
  LEAD_PARTNER_AGREEMENT = 'LEAD_PARTNER_AGREEMENT',
  STATUTORY_SET = 'STATUTORY_SET',
}
registerEnumType(BlockerKind, {
  name: 'SignOffBlockerKind',
  description: 'What kind of thing stops the next sign-off step.',
  valuesConfig: {
    DRAFT_NOT_SUBMITTED: { description: 'Sign-off starts once the draft is SUBMITTED.' },
    STORY_OF_PLACE: {
      description: "The LSP has not signed off the latest version of the area's story of place (evidence subgraph).",
    },
    NEGOTIATION_POINT: { description: 'A negotiation point is still open (OPEN or ESCALATED).' },
    TARGET_SIGN_OFF: {
      description: 'A designated or statutory target has no valid sign-off (none yet, or it changed since).',
    },
    BASELINE: {
      description:
        'A designated or statutory target has no reliable baseline and no deferral approved by the GO (requestBaselineDeferral, decideBaselineDeferral).',
    },
    RECOMMENDATION_OUT_OF_DATE: {
      description: "The targets changed after the RD's recommendation: the RD must recommend again.",
    },
    CABINET_CONSULTATION: { description: 'The Secretary of State has not yet consulted Cabinet colleagues.' },
    CONSISTENCY_REVIEW: { description: 'A cross-GO consistency review is open.' },
    LEAD_PARTNER_AGREEMENT: {
      description:
        "A partner that leads a target has no governing body's agreement recorded (PARTNERS_AGREED refuses; ref is the partnership member).",
    },
    STATUTORY_SET: {
      description:
        'An indicator of the statutory DCSF set in force today has no statutory target with all three levels.',
    },
  },
});

@ObjectType({ description: 'One thing that stops the next sign-off step, named so that the person can act on it.' })
export class SignOffBlocker {
  @Field(() => BlockerKind)
  kind: BlockerKind;

  @Field(() => String, {
    nullable: true,
    description: "The id of what blocks: the negotiation point, the target, the review or the story's version.",
  })
  ref: string | null;

  @Field({ description: 'What it is, e.g. "NI117 (designated)" or the point\'s title.' })
  label: string;

  @Field({ description: 'Why it blocks, in one sentence.' })
  reason: string;
}

@ObjectType({ description: 'The next sign-off step, who takes it, and what (if anything) stops it now.' })
export class SignOffReadiness {
  @Field(() => String, { nullable: true, description: 'The next step (a SignOffStage); null once signed.' })
  nextStage: string | null;

  @Field(() => String, { nullable: true, description: 'Who takes it, e.g. "the Regional Director of the region".' })
  takenBy: string | null;

  @Field({
    description:
      'True when nothing blocks the next step (its taker may still need to give input, e.g. governing bodies).',
  })
  ready: boolean;

  @Field(() => [SignOffBlocker])
  blockers: SignOffBlocker[];
}
