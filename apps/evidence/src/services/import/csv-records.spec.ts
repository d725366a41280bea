import { csvRecords, CsvRecord, MAX_LINE_CHARACTERS } from './csv-records';
import { firstInvalidByte } from './utf8-text';

async function records(chunks: (string | Buffer)[]): Promise<CsvRecord[]> {
  const all: CsvRecord[] = [];
  for await (const batch of csvRecords(chunks)) all.push(...batch);
  return all;
}

/** Cuts bytes into pieces of `size`, so that characters fall across the cuts. */
const cut = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

describe('reading the CSV as a UTF-8 stream', () => {
  const names = ['Café', 'Ærøskøbing €', 'Łódź ŷ', '数据 🙂', 'plain'];
  const text = Array.from({ length: 4000 }, (_, i) => `NI1,00CG,2007,${i},${names[i % names.length]}`).join('\n');

  it.each([3, 7, 4096, 65_537])('keeps every character whole when the chunks are %i bytes', async (size) => {
    const read = await records(cut(Buffer.from(text), size));
    expect(read).toHaveLength(4000);
    expect(read.map((r) => r.fields.join(',')).join('\n')).toBe(text);
  });

  it('drops a UTF-8 byte order mark at the start only', async () => {
    const read = await records([Buffer.from('\ufeffindicator,area\nNI1,\ufeff00CG\n')]);
    expect(read.map((r) => r.fields)).toEqual([
      ['indicator', 'area'],
      ['NI1', '\ufeff00CG'],
    ]);
  });

  it('refuses a Latin-1 file with the line of its first bad byte, wherever the chunks are cut', async () => {
    const latin1 = Buffer.from('indicator,area\nNI1,00CG\nNI2,00CG\nNI3,Caf\u00e9\nNI4,\u00e9\n', 'latin1');
    for (const size of [1, 2, 5, latin1.length]) {
      await expect(records(cut(latin1, size))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_UTF8', line: 4 },
      });
    }
  });

  it('refuses a file that ends inside a character', async () => {
    const truncated = Buffer.from('indicator,area\nNI1,€').subarray(0, -1);
    await expect(records([truncated])).rejects.toMatchObject({ extensions: { reason: 'NOT_UTF8', line: 2 } });
  });

  it('finds overlong forms, surrogates and code points beyond U+10FFFF as bad bytes', () => {
    const at = (hex: string) => firstInvalidByte(Buffer.from(hex, 'hex'));
    expect([at('41c0af'), at('41eda080'), at('41f4908080'), at('41e282ac42'), at('41ff')]).toEqual([1, 1, 1, 5, 1]);
  });
});

describe('a line too long to read', () => {
  it('is reported as too long by its line, and the lines after it are read', async () => {
    const long = 'x'.repeat(MAX_LINE_CHARACTERS * 3);
    const read = await records(cut(Buffer.from(`a,b\nNI1,${long}\nNI2,ok\nNI3,${long}`), 10_000));
    expect(read.map((r) => [r.line, r.tooLong ?? false, r.fields])).toEqual([
      [1, false, ['a', 'b']],
      [2, true, []],
      [3, false, ['NI2', 'ok']],
      [4, true, []],
    ]);
  });
});
