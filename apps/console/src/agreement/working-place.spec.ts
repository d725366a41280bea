import { actionErrorOf, errorText } from './actions';
import { addTargetInput } from './AddTargetForm';
import { StretchView } from './agreement-query';
import { grantsOfToken } from '../session';
import { capabilitiesOf } from './capabilities';
import { pointSubject } from './NegotiationSection';
import { comparisonText, stretchFlags } from './stretch-view';

const stretch = (over: Partial<StretchView>): StretchView => ({
  judgement: 'BEYOND_TREND',
  belowTrend: false,
  strongPerformer: false,
  strongPerformerWithoutLocalReason: false,
  summary: '',
  years: [],
  comparison: null,
  baselineCheck: null,
  ...over,
});

describe("the API's refusals on the page", () => {
  it("shows the API's message, and for a conflict the current values with nothing saved", () => {
    const refused = actionErrorOf({
      errors: [
        {
          message: 'An agreement can have at most 35 designated improvement targets',
          extensions: { code: 'RULE_VIOLATION', rule: 'AT_MOST_35_DESIGNATED' },
        },
      ],
    });
    expect(refused).toEqual({
      code: 'RULE_VIOLATION',
      rule: 'AT_MOST_35_DESIGNATED',
      message: 'An agreement can have at most 35 designated improvement targets',
    });
    expect(errorText(refused)).toBe(
      'Not allowed by the rules of the negotiation: An agreement can have at most 35 designated improvement targets',
    );
    const conflict = actionErrorOf({
      errors: [
        { message: 'changed', extensions: { code: 'CONFLICT', current: { version: 4, levels: [50, null, 54] } } },
      ],
    });
    expect(errorText(conflict)).toContain(
      'Not saved: someone else changed this since you read it (now version 4 with levels 50 · – · 54)',
    );
    expect(actionErrorOf(new Error('Failed to fetch'))).toEqual({ code: 'NETWORK', message: 'Failed to fetch' });
  });
});

describe('what the page offers whom', () => {
  const token = (grants: unknown[]) => `x.${btoa(JSON.stringify({ sub: 'u', grants })).replace(/=+$/, '')}.y`;
  const place = { region: 'E12000003', area: '00CG' };

  it('reads the grants from the token and offers editing, negotiating and convening by role and place', () => {
    const rm = grantsOfToken(token([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }]));
    expect(capabilitiesOf(rm, place)).toEqual({
      edit: true,
      negotiate: true,
      convene: true,
      decide: false,
      askConference: false,
    });
    expect(
      capabilitiesOf(grantsOfToken(token([{ role: 'PARTNERSHIP_OFFICER', region: 'E12000003', area: '00CG' }])), place),
    ).toEqual({ edit: true, negotiate: true, convene: false, decide: false, askConference: true });
    expect(capabilitiesOf(grantsOfToken(token([{ role: 'DEPARTMENT_ANALYST', department: 'DCSF' }])), place)).toEqual({
      edit: false,
      negotiate: true,
      convene: false,
      decide: false,
      askConference: false,
    });
    expect(capabilitiesOf(grantsOfToken(token([{ role: 'MINISTER', department: 'CLG' }])), place)).toEqual({
      edit: false,
      negotiate: false,
      convene: false,
      decide: false,
      askConference: false,
    });
    expect(
      capabilitiesOf(grantsOfToken(token([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000007' }])), place).edit,
    ).toBe(false);
    expect(grantsOfToken('not a token')).toEqual([]);
  });
});

describe('stretch on the page', () => {
  it('flags below trend and a strong performer without a local reason', () => {
    expect(
      stretchFlags(
        stretch({
          judgement: 'BELOW_TREND',
          belowTrend: true,
          strongPerformer: true,
          strongPerformerWithoutLocalReason: true,
        }),
      ).map((f) => f.label),
    ).toEqual(['Below trend', 'Performs strongly: needs a local reason']);
    expect(stretchFlags(stretch({ strongPerformer: true })).map((f) => f.label)).toEqual([
      'Beyond trend',
      'Performs strongly (local reason given)',
    ]);
    expect(stretchFlags(null)).toEqual([{ label: 'No evidence', tone: 'neutral' }]);
  });

  it("flags a baseline that is not the evidence base's figure for its period", () => {
    const labels = (baselineCheck: { evidenceValue: number | null; matchesEvidence: boolean | null }) =>
      stretchFlags(stretch({ baselineCheck })).map((f) => f.label);
    expect(labels({ evidenceValue: 23.8, matchesEvidence: false })).toContain(
      "Baseline is not the evidence base's figure (23.8)",
    );
    expect(labels({ evidenceValue: 23.8, matchesEvidence: true }).some((l) => l.startsWith('Baseline'))).toBe(false);
    expect(labels({ evidenceValue: null, matchesEvidence: null }).some((l) => l.startsWith('Baseline'))).toBe(false);
  });

  it('sums up the comparison with England and similar areas', () => {
    const comparison = {
      period: '2007/08',
      englandAverage: 51.2,
      similarAreasAverage: 49,
      topQuartileThreshold: 60,
      reachesTopQuartile: true,
    };
    expect(comparisonText(stretch({ comparison }))).toBe(
      '2007/08: England 51.2, similar areas 49, top quartile from 60 (reached)',
    );
  });
});

describe("the page's forms", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  it("asks for the evidence's baseline unless one is typed, and sends only what was filled in", () => {
    expect(
      addTargetInput(
        'a',
        form({ kind: 'DESIGNATED', indicatorCode: ' NI116 ', fromEvidence: 'on', level1: '', level2: '', level3: '' }),
      ),
    ).toEqual({
      input: { agreementId: 'a', kind: 'DESIGNATED', indicatorCode: 'NI116', baselineFromEvidence: true },
    });
    const typed = addTargetInput(
      'a',
      form({
        kind: 'LOCAL',
        indicatorCode: 'L1',
        baselineValue: '20',
        level1: '19',
        level2: '18',
        level3: '17',
        priorityId: 'p',
      }),
    );
    expect(typed.input).toMatchObject({
      baseline: { value: 20, period: '2007/08' },
      levels: [19, 18, 17],
      priorityId: 'p',
    });
    // A local indicator's polarity is not known: the direction chosen goes with the levels.
    expect(
      addTargetInput(
        'a',
        form({
          kind: 'LOCAL',
          indicatorCode: 'L1',
          level1: '19',
          level2: '18',
          level3: '17',
          intendedDirection: 'DOWN',
        }),
      ).input,
    ).toMatchObject({ levels: [19, 18, 17], intendedDirection: 'DOWN' });
    expect(() => addTargetInput('a', form({ kind: 'DESIGNATED', indicatorCode: 'NI1', level1: 'ten' }))).toThrow(
      'The 2008/09 level must be a number',
    );
  });

  it('reads what a point is raised against', () => {
    expect(pointSubject('AGREEMENT')).toEqual({ subjectKind: 'AGREEMENT' });
    expect(pointSubject('TARGET:abc')).toEqual({ subjectKind: 'TARGET', subjectRef: 'abc' });
  });
});
