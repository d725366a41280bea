import { Polarity } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { demoAgreement, demoAgreementId, looksLikePercentage, stableUuid, syntheticSeries } from './index';

const indicators = readIndicators();
const sheffield = readAreas().find((a) => a.code === '00CG')!;

describe('demo data', () => {
  it('is the same on every run', () => {
    expect(demoAgreement(sheffield, indicators)).toEqual(demoAgreement(sheffield, indicators));
    expect(demoAgreementId('00CG')).toBe(demoAgreementId('00CG'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads most indicators as percentages and tells counts and rates from their titles', () => {
    const title = (code: string) => indicators.find((i) => i.code === code)!.title;
    expect(['NI116', 'NI117', 'NI8', 'NI72', 'NI151'].map((c) => looksLikePercentage(title(c)))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['NI15', 'NI39', 'NI112', 'NI120', 'NI155'].map((c) => looksLikePercentage(title(c)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps percentages between 0 and 100', () => {
    const percentage = indicators.find((i) => i.title?.startsWith('%'))!;
    for (const area of readAreas()) {
      for (const { value } of syntheticSeries(percentage, area.code)) {
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThan(100);
      }
    }
  });

  it("sets target levels that move in the indicator's better direction from the baseline", () => {
    const plans = readAreas().map((area) => demoAgreement(area, indicators));
    const targets = plans.flatMap((p) => p.targets);
    expect(targets.length).toBeGreaterThan(100);
    const polarity = new Map(indicators.map((i) => [i.code, i.polarity]));
    for (const target of targets) {
      const sign = polarity.get(target.indicatorCode) === Polarity.LOWER_IS_BETTER ? -1 : 1;
      expect(sign * (target.levels[2] - target.baseline.value)).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives every agreement with targets the whole statutory set of 2008, on top of its designated targets', () => {
    const withTargets = readAreas()
      .map((area) => demoAgreement(area, indicators))
      .filter((p) => p.targets.length > 0);
    const statutory = indicators
      .filter((i) => i.statutoryDcsf)
      .map((i) => i.code)
      .sort();
    expect(withTargets.length).toBeGreaterThan(10);
    for (const plan of withTargets) {
      expect(
        plan.targets
          .filter((t) => t.kind === 'STATUTORY_DCSF')
          .map((t) => t.indicatorCode)
          .sort(),
      ).toEqual(statutory);
      expect(plan.targets.filter((t) => t.kind === 'DESIGNATED').length).toBeLessThanOrEqual(35);
    }
  });

  it('spreads agreements across every negotiation stage', () => {
    const stages = new Set(readAreas().map((area) => demoAgreement(area, indicators).stage));
    expect(stages.size).toBe(5);
  });
});
