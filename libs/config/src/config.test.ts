import { ConfigError, port, readEnvironment, regionList, regionPorts } from './index';

describe('reading the environment', () => {
  it('lists every bad variable with what was expected and what was given', () => {
    const read = () => readEnvironment('the launcher', { PORT: port(4000), REGIONS: regionList }, { PORT: 'abc', REGIONS: 'E12000003,E12000010' });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT: expected a port number (got "abc")',
        'REGIONS: expected comma-separated region codes from E12000001 to E12000009 (got "E12000003,E12000010")',
      ]);
    }
  });

  it('defaults to all nine regions and accepts a chosen list', () => {
    expect(readEnvironment('x', { REGIONS: regionList }, {}).REGIONS).toHaveLength(9);
    expect(readEnvironment('x', { REGIONS: regionList }, { REGIONS: 'E12000003, E12000007' }).REGIONS).toEqual(['E12000003', 'E12000007']);
  });
});

describe('region ports', () => {
  it('puts region n\'s gateway on 4000 + n: North East 4001, South West 4009', () => {
    expect(regionPorts('E12000001').gateway).toBe(4001);
    expect(regionPorts('E12000009').gateway).toBe(4009);
    expect(regionPorts('E12000003').subgraphs).toEqual({ partners: 4131, evidence: 4132, agreements: 4133, signoff: 4134 });
  });
});
