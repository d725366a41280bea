import { niceStep, seriesChart } from './chart';

const SIZE = { width: 560, height: 220 };
const projection = [
  { period: '2008/09', value: 9 },
  { period: '2009/10', value: 8 },
  { period: '2010/11', value: 7 },
];

describe('the series chart', () => {
  it('places periods by the year they start and values on a rounded scale', () => {
    const chart = seriesChart(
      [
        { period: '2005/06', value: 12 },
        { period: '2006/07', value: 11 },
        { period: '2007/08', value: 10 },
      ],
      projection,
      SIZE,
    )!;
    // Six years from 2005 to 2010 across the plot (left 52, right 532): 96 apart.
    expect(chart.points.map((p) => p.x)).toEqual([52, 148, 244]);
    expect(chart.projectionPoints.map((p) => p.x)).toEqual([340, 436, 532]);
    // Values 7 to 12 on a scale from 6 to 12 (step 2): 12 at the top (12), 6 at the bottom (192).
    expect(chart.yTicks.map((t) => t.label)).toEqual(['6', '8', '10', '12']);
    expect(chart.points[0].y).toBe(12);
    expect(chart.yTicks[0].position).toBe(192);
    expect(chart.recordPaths).toEqual(['M52 12 L148 42 L244 72']);
    expect(chart.xTicks.map((t) => t.label)).toEqual([
      '2005/06',
      '2006/07',
      '2007/08',
      '2008/09',
      '2009/10',
      '2010/11',
    ]);
  });

  it('draws the projection dashed from the latest figure of record through the agreement years', () => {
    const chart = seriesChart(
      [
        { period: '2006/07', value: 11 },
        { period: '2007/08', value: 10 },
      ],
      projection,
      SIZE,
    )!;
    const [latest] = chart.points.slice(-1);
    expect(chart.projectionPath.startsWith(`M${latest.x} ${latest.y} L`)).toBe(true);
    expect(chart.projectionPath.split('L')).toHaveLength(4);
  });

  it('breaks the line where a figure has no figure of record, and marks provisional figures', () => {
    const chart = seriesChart(
      [
        { period: '2004/05', value: 5 },
        { period: '2005/06', value: 6 },
        { period: '2006/07', value: null },
        { period: '2007/08', value: 7, provisional: true },
      ],
      [],
      SIZE,
    )!;
    expect(chart.recordPaths).toHaveLength(1);
    expect(chart.points.map((p) => [p.period, p.provisional])).toEqual([
      ['2004/05', false],
      ['2005/06', false],
      ['2007/08', true],
    ]);
    expect(chart.projectionPath).toBe('');
  });

  it('has nothing to draw without figures', () => {
    expect(seriesChart([], [], SIZE)).toBeNull();
    expect(seriesChart([{ period: '2007', value: null }], [], SIZE)).toBeNull();
  });

  it('picks ticks of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(6)).toBe(2);
    expect(niceStep(0.3)).toBe(0.1);
    expect(niceStep(170)).toBe(50);
  });
});
