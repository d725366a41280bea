/** Which direction of an indicator is an improvement. */
export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/**
 * The direction a target's editor states its levels should move in, where the indicator's polarity is not known
 * (most of the national set): the levels check, and stretch, then run on it rather than being skipped.
 */
export enum IntendedDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}

/** The polarity a stated direction stands for (UP: higher is better). */
export const polarityOfDirection = (direction: IntendedDirection): Polarity =>
  direction === IntendedDirection.UP ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
