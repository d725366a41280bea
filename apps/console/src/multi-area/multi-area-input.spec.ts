import { areaCodesOf, parseTargetLines, prioritiesOf } from './multi-area-input';

describe('a multi-area agreement typed in the form', () => {
  it('reads each target line, an empty baseline as none', () => {
    expect(
      parseTargetLines(
        'NI163 | Adults qualified to level 2 | 68.1 | 69.5, 71, 72.5\n\nNI151 | Employment rate |  | 70, 71, 72',
      ),
    ).toEqual({
      targets: [
        { indicator: 'NI163', description: 'Adults qualified to level 2', baseline: 68.1, levels: [69.5, 71, 72.5] },
        { indicator: 'NI151', description: 'Employment rate', baseline: null, levels: [70, 71, 72] },
      ],
    });
  });

  it('names a line that does not read and sends nothing', () => {
    expect(parseTargetLines('NI163 | Adults | 68 | 69, 70')).toEqual({
      error: expect.stringContaining('Target line 1'),
    });
    expect(parseTargetLines('NI163 | Adults | x | 69, 70, 71')).toEqual({
      error: expect.stringContaining('Target line 1'),
    });
  });

  it('reads area codes and priorities as typed', () => {
    expect(areaCodesOf('00CG, 00CC 17')).toEqual(['00CG', '00CC', '17']);
    expect(prioritiesOf('Skills\n\n Transport ')).toEqual([
      { title: 'Skills', description: '' },
      { title: 'Transport', description: '' },
    ]);
  });
});
