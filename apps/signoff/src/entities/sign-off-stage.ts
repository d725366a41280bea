import { registerEnumType } from 'type-graphql';

/** The chain from the LSP to Ministers, in order. */
export enum SignOffStage {
  NOT_STARTED = 'NOT_STARTED',
  LSP_SIGNED_OFF = 'LSP_SIGNED_OFF',
  PARTNERS_AGREED = 'PARTNERS_AGREED',
  TARGETS_SIGNED_OFF = 'TARGETS_SIGNED_OFF',
  RD_RECOMMENDED = 'RD_RECOMMENDED',
  SIGNED = 'SIGNED',
}

export const SIGN_OFF_ORDER: readonly SignOffStage[] = Object.values(SignOffStage);

registerEnumType(SignOffStage, {
  name: 'SignOffStage',
  description: 'How far an agreement has got through sign-off.',
  valuesConfig: {
    NOT_STARTED: { description: 'Still in negotiation.' },
    LSP_SIGNED_OFF: { description: 'The LSP has signed off the story of place and the draft.' },
    PARTNERS_AGREED: {
      description: "Partners' governing bodies (council, PCT Board, Police Authority, ...) have agreed it.",
    },
    TARGETS_SIGNED_OFF: { description: 'GO theme leads have signed off every designated and statutory target.' },
    RD_RECOMMENDED: { description: 'The Regional Director has recommended it to Ministers.' },
    SIGNED: { description: 'Signed by Ministers after the Secretary of State consulted Cabinet colleagues.' },
  },
});
