import { OUTCOME_UNKNOWN, readUploadAnswer, uploadUrl } from './upload';

const report = {
  id: 'i',
  origin: 'f.csv',
  loadedBy: 'Demo GO Analyst (goanalyst-E12000003)',
  rowsRead: 3,
  inserted: 1,
  superseded: 0,
  unchanged: 0,
  rejected: 2,
  rejections: [{ line: 3, reason: 'UNKNOWN_AREA', message: 'no area ZZ' }],
};

describe('uploading observations', () => {
  it("posts beside the regional gateway's /graphql, with the file's name", () => {
    expect(uploadUrl('http://localhost:4003/graphql', 'my file.csv')).toBe(
      'http://localhost:4003/imports/observations?origin=my+file.csv',
    );
  });

  it('reads the report of a finished import', () => {
    expect(readUploadAnswer(200, JSON.stringify({ data: report }))).toEqual({ report });
  });

  it('reads a refusal with its code and the columns the file lacks', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'The file lacks columns: nothing was imported',
          extensions: { code: 'BAD_USER_INPUT', missing: ['period', 'source'] },
        },
      ],
    });
    expect(readUploadAnswer(400, body)).toEqual({
      refusal: {
        status: 400,
        code: 'BAD_USER_INPUT',
        message: 'The file lacks columns: nothing was imported',
        missing: ['period', 'source'],
      },
    });
  });

  it('says so when the gateway did not answer with JSON', () => {
    expect(readUploadAnswer(0, '')).toEqual({
      refusal: { status: 0, code: 'NETWORK', message: 'the gateway did not answer' },
    });
    expect(readUploadAnswer(502, '<html>')).toMatchObject({ refusal: { code: 'NETWORK' } });
  });

  it('knows when the outcome is unknown (the evidence service died) rather than nothing imported', () => {
    const died = readUploadAnswer(
      502,
      JSON.stringify({
        errors: [{ message: 'The evidence subgraph stopped', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      }),
    );
    const refused = readUploadAnswer(
      400,
      JSON.stringify({ errors: [{ message: 'not UTF-8', extensions: { code: 'BAD_USER_INPUT' } }] }),
    );
    const codes = [died, refused, readUploadAnswer(0, '')].map((a) => ('refusal' in a ? a.refusal.code : null));
    expect(codes.map((c) => OUTCOME_UNKNOWN.has(c ?? ''))).toEqual([true, false, true]);
  });
});
