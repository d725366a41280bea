import { developmentUsers } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { dateInWords } from './services/recommendation/content';

let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion('E12000008');
});
afterAll(() => region?.stop());

type Areas = {
  areas: {
    code: string;
    agreement: { stage: string; signOff: { stage: string; steps?: { stage: string; takenBy: string }[] } };
  }[];
};
const ORDER = ['LSP_SIGNED_OFF', 'PARTNERS_AGREED', 'TARGETS_SIGNED_OFF', 'RD_RECOMMENDED', 'SIGNED'];

describe('the sign-off of agreements', () => {
  it('gives every agreement a stage: NOT_STARTED until it is submitted', async () => {
    const { data } = await region.query<Areas>('{ areas { code agreement { stage signOff { stage } } } }');
    const agreements = data?.areas.map((a) => a.agreement) ?? [];
    expect(agreements).toHaveLength(19);
    for (const agreement of agreements) {
      if (agreement.stage !== 'SUBMITTED') expect(agreement.signOff.stage).toBe('NOT_STARTED');
      else expect(ORDER).toContain(agreement.signOff.stage);
    }
  });

  it('shows signed-in callers each step so far, in the order of the chain, by a named person', async () => {
    const token = await region.tokenFor(developmentUsers('E12000008', '00MS')[0]);
    const { data } = await region.query<Areas>(
      '{ areas { agreement { signOff { stage steps { stage takenBy } } } } }',
      { token },
    );
    const signOffs = data?.areas.map((a) => a.agreement.signOff).filter((s) => s.stage !== 'NOT_STARTED') ?? [];
    expect(signOffs.length).toBeGreaterThan(0);
    for (const signOff of signOffs) {
      expect(signOff.steps?.map((s) => s.stage)).toEqual(ORDER.slice(0, ORDER.indexOf(signOff.stage) + 1));
      expect(signOff.steps?.every((s) => s.takenBy.length > 0)).toBe(true);
    }
  });

  it('gives every demo agreement the RD has recommended its standard-format recommendation, marked synthetic', async () => {
    const token = await region.tokenFor(developmentUsers('E12000008', '00MS').find((u) => u.id.startsWith('rd-'))!);
    const { data, errors } = await region.query<{
      areas: {
        agreement: {
          signOff: {
            stage: string;
            steps: { stage: string; takenAt: string }[];
            recommendation: { html: string; recommendedBy: string; generatedAt: string } | null;
          };
        };
      }[];
    }>(
      '{ areas { agreement { signOff { stage steps { stage takenAt } recommendation { html recommendedBy generatedAt } } } } }',
      { token },
    );
    expect(errors).toBeUndefined();
    const signOffs = data!.areas.map((a) => a.agreement.signOff);
    const recommended = signOffs.filter((s) => s.stage === 'RD_RECOMMENDED' || s.stage === 'SIGNED');
    expect(recommended.length).toBeGreaterThan(0);
    for (const { recommendation, steps } of recommended) {
      expect(recommendation?.recommendedBy).toBe('Demo Regional Director');
      // One moment, one record: the document is dated as the RD_RECOMMENDED step that produced it.
      const step = steps.find((s) => s.stage === 'RD_RECOMMENDED')!;
      expect(recommendation?.generatedAt).toBe(step.takenAt);
      expect(recommendation?.html).toContain(`on ${dateInWords(step.takenAt)}.`);
      expect(recommendation?.html).toContain('Synthetic demo data: not a real agreement.');
      expect(recommendation?.html).toContain('1. Shape of the LAA');
    }
    expect(signOffs.filter((s) => !recommended.includes(s)).every((s) => s.recommendation === null)).toBe(true);
  });

  it('keeps the steps from the public', async () => {
    const { errors } = await region.query('{ areas { agreement { signOff { steps { stage } } } } }');
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
