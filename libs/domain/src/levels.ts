/** A target's three yearly levels (null where not yet set). */
export type Levels = readonly (number | null)[];

/** True when the levels are exactly the approved ones, year by year: a change approved under controlled refresh is made as approved. */
export const sameLevels = (approved: Levels, levels: Levels): boolean =>
  approved.length === levels.length && approved.every((level, year) => level === levels[year]);

/** Levels as people read them: "130 / 124 / -". */
export const levelsText = (levels: Levels): string => levels.map((l) => (l === null ? '-' : String(l))).join(' / ');
