import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum SignOffEventKind {
  STEP = 'STEP',
  TARGET_SIGNED_OFF = 'TARGET_SIGNED_OFF',
  CABINET_CONSULTED = 'CABINET_CONSULTED',
  REVIEW_RAISED = 'REVIEW_RAISED',
  REVIEW_RESOLVED = 'REVIEW_RESOLVED',
  CHANGE_REQUESTED = 'CHANGE_REQUESTED',
  CHANGE_DECIDED = 'CHANGE_DECIDED',
  VERSION_SIGNED = 'VERSION_SIGNED',
}
registerEnumType(SignOffEventKind, {
  name: 'SignOffEventKind',
  description: "What happened in an agreement's sign-off.",
  valuesConfig: {
    STEP: { description: "A step of the chain (LSP, partners' governing bodies, theme leads, RD, Ministers)." },
    TARGET_SIGNED_OFF: {
      description: "A theme lead signed off one version of a target, with the department's confirmation.",
    },
    CABINET_CONSULTED: { description: 'The Secretary of State consulted Cabinet colleagues.' },
    REVIEW_RAISED: { description: 'Cross-GO moderation marked the agreement for a consistency review.' },
    REVIEW_RESOLVED: { description: 'The consistency review was settled.' },
    CHANGE_REQUESTED: { description: 'Controlled refresh: a change to a signed target was requested.' },
    CHANGE_DECIDED: { description: 'The change was approved or rejected at the level it needs.' },
    VERSION_SIGNED: {
      description: "A signed version of the agreement: Ministers' signature (1) or an applied refresh (2, 3, ...).",
    },
  },
});

@ObjectType({
  description: "One entry of an agreement's sign-off history: what happened, when, by whom (named, with role) and why.",
})
export class SignOffEvent {
  @Field()
  at: Date;

  @Field(() => SignOffEventKind)
  kind: SignOffEventKind;

  @Field({ description: 'What happened, in a sentence.' })
  summary: string;

  @Field({ description: 'The named person who did it.' })
  by: string;

  @Field(() => String, { nullable: true, description: 'The role they did it in, where recorded.' })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'Why: the reason, outcome or resolution they gave.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'For steps: the stage reached (SignOffStage).' })
  stage: string | null;

  @Field(() => String, { nullable: true, description: 'The target concerned, if any.' })
  targetId: string | null;
}
