import { AgreementTargetRow, baselineText, contributionsOf, orderTargets } from './agreement-query';

const target = (over: Partial<AgreementTargetRow>): AgreementTargetRow => ({
  id: 'x',
  kind: 'DESIGNATED',
  levels: [1, 2, 3],
  placeholder: false,
  baselineDueBy: null,
  synthetic: true,
  baseline: { value: 10, period: '2007/08', source: 's', provisional: false },
  indicator: { code: 'NI1', title: 't' },
  localIndicatorTitle: null,
  leadPartner: null,
  openNegotiationPoints: [],
  version: 1,
  localReason: null,
  priority: null,
  stretch: null,
  intendedDirection: null,
  directionBasis: 'INDICATOR_POLARITY',
  ...over,
});

describe('the agreement page', () => {
  it('orders targets designated, statutory, local, then by indicator number', () => {
    const ordered = orderTargets([
      target({ id: 'l', kind: 'LOCAL', indicator: { code: 'NI2', title: null } }),
      target({ id: 'd10', indicator: { code: 'NI10', title: null } }),
      target({ id: 's', kind: 'STATUTORY_DCSF', indicator: { code: 'NI72', title: null } }),
      target({ id: 'd9', indicator: { code: 'NI9', title: null } }),
    ]);
    expect(ordered.map((t) => t.id)).toEqual(['d9', 'd10', 's', 'l']);
  });

  it('shows a placeholder with the date its baseline is due', () => {
    expect(baselineText(target({ baseline: null, placeholder: true, baselineDueBy: '2008-09-30' }))).toBe(
      'Placeholder: baseline due by 2008-09-30',
    );
    expect(
      baselineText(
        target({
          baseline: { value: 5, period: '2007/08', source: 's', provisional: true },
          baselineDueBy: '2008-06-30',
        }),
      ),
    ).toContain('provisional, due by 2008-06-30');
  });
});

describe('the priority graph on the page', () => {
  it('names what a priority contributes to', () => {
    const priorities = [
      { id: 'a', title: 'Alcohol harm' },
      { id: 'b', title: 'Domestic violence' },
    ];
    const edges = [
      { from: 'a', to: 'b', kind: 'CONTRIBUTES_TO' },
      { from: 'a', to: 'NI39', kind: 'CONTRIBUTES_TO' },
      { from: 'a', to: 'NI20', kind: 'MEASURED_BY' },
    ];
    expect(contributionsOf('a', priorities, edges)).toEqual(['Domestic violence', 'NI39']);
  });
});
