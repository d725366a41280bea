import { registerEnumType } from 'type-graphql';

/** Where a target's better direction comes from: the indicator's polarity, the editor's statement, or nowhere yet. */
export enum DirectionBasis {
  INDICATOR_POLARITY = 'INDICATOR_POLARITY',
  STATED = 'STATED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DirectionBasis, {
  name: 'DirectionBasis',
  description: "Where the direction a target's levels are checked in comes from.",
});
