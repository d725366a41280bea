import { IntendedDirection, Polarity, polarityOfDirection } from '@laa/domain';
import { ruleViolation } from '@laa/errors';
import { DirectionBasis } from '../entities/direction-basis';

/** What the levels check reads of a target: its indicator's polarity (null where the reference data lacks it) and what the editor stated. */
export interface DirectionFacts {
  indicatorCode: string;
  polarity: Polarity | null;
  stated: IntendedDirection | null;
}

export const directionBasisOf = (facts: DirectionFacts): DirectionBasis =>
  facts.polarity ? DirectionBasis.INDICATOR_POLARITY : facts.stated ? DirectionBasis.STATED : DirectionBasis.UNKNOWN;

const WORDS: Record<Polarity, string> = { HIGHER_IS_BETTER: 'higher is better', LOWER_IS_BETTER: 'lower is better' };

/**
 * The direction the levels must move in: the indicator's polarity where known, else the editor's stated direction.
 * A stated direction that contradicts a known polarity is refused: the polarity is reference data, corrected by the
 * data steward, not by one target.
 */
export function betterDirectionOf(facts: DirectionFacts): Polarity | null {
  if (facts.polarity && facts.stated && polarityOfDirection(facts.stated) !== facts.polarity) {
    throw ruleViolation(
      'DIRECTION_CONTRADICTS_POLARITY',
      `${facts.indicatorCode} is ${WORDS[facts.polarity]} in the national indicator set; the stated direction ${facts.stated} contradicts it: leave intendedDirection out (or null) for this indicator`,
      { indicatorCode: facts.indicatorCode },
    );
  }
  return facts.polarity ?? (facts.stated ? polarityOfDirection(facts.stated) : null);
}

/**
 * Levels must move in the target's better direction: from the baseline through years 1, 2 and 3, each step equal
 * or better (holding a level for a year is allowed), and year 3 strictly better than the baseline (an improvement
 * target must improve). Levels not yet set are not compared. Where the better direction is not known the levels
 * are refused, asking for the direction: the check never passes by being skipped.
 */
export function checkLevelsDirection(
  facts: DirectionFacts,
  baseline: number | null,
  levels: readonly (number | null)[],
): void {
  const polarity = betterDirectionOf(facts);
  if (levels.every((level) => level === null || level === undefined)) return;
  if (!polarity) {
    throw ruleViolation(
      'DIRECTION_NEEDED',
      `${facts.indicatorCode}'s better direction is not known (the national indicator set has no polarity for it): state the target's intendedDirection (UP or DOWN) with its levels, so they can be checked`,
      { indicatorCode: facts.indicatorCode },
    );
  }
  const better = polarity === Polarity.HIGHER_IS_BETTER ? 1 : -1;
  const words = `${WORDS[polarity]}${facts.polarity ? '' : ', as stated'}`;
  const points = [baseline, ...levels].map((value, index) => ({
    value: value ?? null,
    label: index === 0 ? 'the baseline' : `year ${index}`,
  }));
  const set = points.filter((p): p is { value: number; label: string } => p.value !== null);
  for (let i = 1; i < set.length; i++) {
    if ((set[i].value - set[i - 1].value) * better < 0) {
      throw ruleViolation(
        'LEVELS_DIRECTION',
        `Levels must move in ${facts.indicatorCode}'s better direction (${words}): ${set[i].label} (${set[i].value}) is worse than ${set[i - 1].label} (${set[i - 1].value})`,
      );
    }
  }
  const year3 = levels[2] ?? null;
  if (baseline !== null && year3 !== null && year3 === baseline) {
    throw ruleViolation(
      'LEVELS_DIRECTION',
      `Year 3 (${year3}) must improve on the baseline (${baseline}) for ${facts.indicatorCode} (${words})`,
    );
  }
}
