import { pointVoiceOf, targetsToRaiseOn } from './point-voice';

const targets = [
  { id: 'd', kind: 'DESIGNATED' },
  { id: 's', kind: 'STATUTORY_DCSF' },
  { id: 'l', kind: 'LOCAL' },
];

describe('the targets the page offers to raise a point on', () => {
  it('offers a department no local target and the National Strategies only the statutory ones', () => {
    const voice = (grants: { role: string; region?: string; area?: string }[]) => pointVoiceOf(grants, 'E12000003');
    const offered = (grants: { role: string; region?: string; area?: string }[]) =>
      targetsToRaiseOn(voice(grants), targets).map((t) => t.id);
    expect(offered([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }])).toEqual(['d', 's', 'l']);
    expect(offered([{ role: 'PARTNERSHIP_OFFICER', region: 'E12000003', area: '00CG' }])).toEqual(['d', 's', 'l']);
    expect(offered([{ role: 'DEPARTMENT_ANALYST' }])).toEqual(['d', 's']);
    expect(offered([{ role: 'NATIONAL_STRATEGIES_ADVISER', region: 'E12000003' }])).toEqual(['s']);
  });
});
