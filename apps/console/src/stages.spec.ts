import { DEFAULT_CONFIG, parseConfig } from './config';
import { AreaStage, countByStage, stageLabel } from './stages';

const area = (stage: string | null, signOff = 'NOT_STARTED'): AreaStage => ({
  code: 'X',
  gssCode: null,
  name: 'X',
  type: 'UNITARY_AUTHORITY',
  agreement: stage ? { id: '1', stage, synthetic: true, signOff: { stage: signOff } } : null,
});

describe('stage labels', () => {
  it('shows the sign-off stage once sign-off has started, else the negotiation stage', () => {
    expect(stageLabel(area('TARGETS'))).toBe('Target levels');
    expect(stageLabel(area('SUBMITTED', 'SIGNED'))).toBe('Signed by Ministers');
    expect(stageLabel(area(null))).toBe('No agreement yet');
  });

  it('counts areas per stage in process order', () => {
    expect(countByStage([area('SUBMITTED', 'SIGNED'), area('PRIORITIES'), area('PRIORITIES')])).toEqual([
      ['Priority outcomes', 2],
      ['Signed by Ministers', 1],
    ]);
  });
});

describe('console configuration', () => {
  it('falls back to the nine default gateways when /config.json is missing or malformed', () => {
    expect(parseConfig(undefined)).toBe(DEFAULT_CONFIG);
    expect(parseConfig({ regions: [{ code: 1 }] })).toBe(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.regions.map((r) => r.gatewayUrl)).toContain('http://localhost:4009/graphql');
  });

  it("takes the launcher's regions", () => {
    const regions = [{ code: 'E12000003', name: 'Yorkshire and the Humber', gatewayUrl: 'http://h:1/graphql' }];
    expect(parseConfig({ regions, environment: 'test' })).toEqual({ regions, environment: 'test' });
  });
});
