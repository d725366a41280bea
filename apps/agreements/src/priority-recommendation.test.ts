import { RegionCode } from '@laa/domain';
import { developmentUsers } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

// North East: its demo has an agreement whose targets are signed off, waiting for the RD's recommendation.
const REGION: RegionCode = 'E12000001';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

type Ids = { id: string; version: number };
const REMOVE_PRIORITY = 'mutation ($input: RemovePriorityInput!) { removePriority(input: $input) { id } }';

describe('a removed priority', () => {
  it("never reaches the Regional Director's recommendation", async () => {
    const rd = developmentUsers(REGION, '00CG').find((u) => u.id.startsWith('rd-'))!;
    const token = await region.tokenFor(rd);
    const { data } = await region.query<{
      areas: {
        agreement: { id: string; priorities: (Ids & { title: string })[]; signOff: { stage: string; version: number } };
      }[];
    }>('{ areas { agreement { id priorities { id version title } signOff { stage version } } } }', { token });
    const recommended = data!.areas
      .map((a) => a.agreement)
      .find((a) => a.signOff.stage === 'TARGETS_SIGNED_OFF' && a.priorities.length === 2)!;
    const violence = recommended.priorities.find((p) => p.title === 'Reducing domestic violence')!;
    const removed = await region.query(REMOVE_PRIORITY, {
      token,
      variables: {
        input: {
          priorityId: violence.id,
          expectedVersion: violence.version,
          reason: 'Merged into the alcohol harm priority',
        },
      },
    });
    expect(removed.errors).toBeUndefined();
    const recommendation = await region.query<{ recommendAgreement: { recommendation: { html: string } } }>(
      'mutation ($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { recommendation { html } } }',
      {
        token,
        variables: {
          input: {
            agreementId: recommended.id,
            expectedVersion: recommended.signOff.version,
            reason: 'Every negotiation point is resolved',
            likelyImpact: 'Fewer alcohol-related admissions',
          },
        },
      },
    );
    expect(recommendation.errors).toBeUndefined();
    expect(recommendation.data!.recommendAgreement.recommendation.html).toContain('Reducing alcohol related harm');
    expect(recommendation.data!.recommendAgreement.recommendation.html).not.toContain('Reducing domestic violence');
  });
});
