import { registerEnumType } from 'type-graphql';

/** The three kinds of target in one suite. */
export enum TargetKind {
  DESIGNATED = 'DESIGNATED',
  STATUTORY_DCSF = 'STATUTORY_DCSF',
  LOCAL = 'LOCAL',
}

registerEnumType(TargetKind, {
  name: 'TargetKind',
  valuesConfig: {
    DESIGNATED: {
      description: 'One of up to 35 improvement targets negotiated with government from the national set.',
    },
    STATUTORY_DCSF: { description: 'A statutory education and early years target (DCSF).' },
    LOCAL: { description: 'A local target: set locally, no central negotiation or reporting.' },
  },
});
