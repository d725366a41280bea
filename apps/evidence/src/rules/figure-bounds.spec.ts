import { readIndicators } from '@laa/reference-data';
import { FIGURE_BOUND, outOfRange, UnitClass, unitClassOf, usableFigure } from './figure-bounds';

describe('the unit class of an indicator, read from its title', () => {
  it.each([
    ['% of people who feel that they belong to their neighbourhood', UnitClass.PERCENTAGE],
    ['Percentage of household waste sent for reuse, recycling and composting', UnitClass.PERCENTAGE],
    ['Proportion of children in poverty', UnitClass.PERCENTAGE],
    [
      'Tackling fuel poverty - % of people receiving income based benefits living in homes with a low energy efficiency rating',
      UnitClass.PERCENTAGE,
    ],
    ['Serious violent crime rate', UnitClass.RATE],
    ['Social care clients receiving Self Directed Support per 100,000 population', UnitClass.RATE],
    ['Number of affordable homes delivered (gross)', UnitClass.COUNT],
    ['Time taken to process Housing Benefit/Council Tax Benefit new claims and change events', UnitClass.DURATION],
    [
      "Air quality - % reduction in NOx and primary PM10 emissions through local authority's estate and operations",
      UnitClass.UNKNOWN,
    ],
    ['Inequality gap in the achievement of a Level 3 qualification by the age of 19', UnitClass.UNKNOWN],
    ['Net additional homes provided', UnitClass.UNKNOWN],
    ['Civic participation in the local area', UnitClass.UNKNOWN],
    [null, UnitClass.UNKNOWN],
  ])('%s: %s', (title, unit) => {
    expect(unitClassOf(title)).toBe(unit);
  });

  it('gives some national indicators a unit and leaves the rest unknown', () => {
    const units = readIndicators().map((i) => unitClassOf(i.title));
    expect(units.filter((u) => u === UnitClass.PERCENTAGE).length).toBeGreaterThan(10);
    expect(units.filter((u) => u === UnitClass.UNKNOWN).length).toBeGreaterThan(50);
  });
});

describe('a figure out of range', () => {
  it('refuses what cannot be a figure of any unit, and says the unit is unknown', () => {
    for (const value of [1e308, -1e308, Infinity, -Infinity, NaN, FIGURE_BOUND * 1.5]) {
      expect(outOfRange(value, UnitClass.UNKNOWN)).toBe(
        "is outside the plausible range: the indicator's unit is unknown, so within ±1,000,000,000",
      );
    }
    expect(outOfRange(-FIGURE_BOUND, UnitClass.UNKNOWN)).toBeNull();
    expect(outOfRange(-42.5, UnitClass.UNKNOWN)).toBeNull();
  });

  it('refuses a percentage beyond 0 to 100 and a negative count, saying the unit is inferred', () => {
    expect(outOfRange(100.5, UnitClass.PERCENTAGE)).toContain('inferred from its title, is a percentage (0 to 100)');
    expect(outOfRange(-0.1, UnitClass.PERCENTAGE)).not.toBeNull();
    expect(outOfRange(100, UnitClass.PERCENTAGE)).toBeNull();
    expect(outOfRange(0, UnitClass.PERCENTAGE)).toBeNull();
    expect(outOfRange(-1, UnitClass.COUNT)).toContain('a count');
    expect(outOfRange(-1, UnitClass.RATE)).toContain('a rate');
    expect(outOfRange(12_000, UnitClass.RATE)).toBeNull();
  });

  it('lets the derived computations use only finite figures within the bound', () => {
    expect([1e308, NaN, Infinity, null, undefined, -2e9, 5, -5].map(usableFigure)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
