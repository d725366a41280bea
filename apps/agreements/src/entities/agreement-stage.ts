import { registerEnumType } from 'type-graphql';

/** Where the negotiation has got to: priorities first, indicators second, targets last (then sign-off). */
export enum AgreementStage {
  PROCESS_MAP = 'PROCESS_MAP',
  PRIORITIES = 'PRIORITIES',
  INDICATORS = 'INDICATORS',
  TARGETS = 'TARGETS',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(AgreementStage, {
  name: 'AgreementStage',
  description: 'The negotiation stage of an agreement; its sign-off stage is Agreement.signOff.stage.',
  valuesConfig: {
    PROCESS_MAP: { description: 'Agreeing the local process map: milestones, governance, who decides what.' },
    PRIORITIES: { description: 'Negotiating priority outcomes (by November).' },
    INDICATORS: { description: 'Agreeing indicators from the national set and local ones (January).' },
    TARGETS: { description: 'Negotiating target levels (by spring).' },
    SUBMITTED: { description: 'Submitted for sign-off.' },
  },
});
