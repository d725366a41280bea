import { developmentUser } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000006';
const AREA = readAreas().find((a) => a.regionCode === REGION)!.code;
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const REQUEST =
  'mutation ($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id declinedAt } }';
const DECLINE = `mutation ($input: DeclineCaseConferenceRequestInput!) { declineCaseConferenceRequest(input: $input) {
  id declineReason declinedAt declinedBy { name } conference { id } } }`;
const SCHEDULE = 'mutation ($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }';
const REQUESTS = `query ($id: ID!) { agreement(id: $id) { caseConferenceRequests { id reason declineReason declinedBy { name } conference { id } }
  history { summary } } }`;

const person = (key: string) => developmentUser(key, REGION, AREA)!;
const as = async <D>(key: string, query: string, variables: Record<string, unknown>) =>
  region.query<D>(query, { variables, token: await region.tokenFor(person(key)) });

describe("the GO declines the partnership's request for a case conference", () => {
  it('records the reason, shows it to the partnership, and answers the request once', async () => {
    const opened = await as<{ openAgreement: { id: string } }>(
      'rm',
      'mutation ($a: ID!) { openAgreement(areaCode: $a) { id } }',
      { a: AREA },
    );
    const agreementId = opened.data!.openAgreement.id;
    const asked = await as<{ requestCaseConference: { id: string; declinedAt: string | null } }>('po', REQUEST, {
      input: { agreementId, reason: 'The GO and the PCT disagree on the obesity target' },
    });
    expect(asked.data!.requestCaseConference.declinedAt).toBeNull();
    const requestId = asked.data!.requestCaseConference.id;
    const input = { agreementId, requestId, reason: 'The point was settled at the theme meeting on 12 March' };

    // The partnership asks; only its GO answers.
    expect((await as('po', DECLINE, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const declined = await as<{ declineCaseConferenceRequest: Record<string, unknown> }>('rm', DECLINE, { input });
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineCaseConferenceRequest).toMatchObject({
      id: requestId,
      declineReason: input.reason,
      // When it was declined, as the API's DateTimeISO (a UTC date and time).
      declinedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      declinedBy: { name: 'Demo Relationship Manager' },
      conference: null,
    });

    const { data } = await as<{
      agreement: {
        caseConferenceRequests: { id: string; declineReason: string; declinedBy: { name: string } }[];
        history: { summary: string }[];
      };
    }>('po', REQUESTS, { id: agreementId });
    expect(data!.agreement.caseConferenceRequests).toEqual([
      expect.objectContaining({
        id: requestId,
        declineReason: input.reason,
        declinedBy: { name: 'Demo Relationship Manager' },
      }),
    ]);
    expect(data!.agreement.history.map((h) => h.summary)).toContain(
      `Declined the request for a case conference: ${input.reason}`,
    );

    // Declined is answered: neither declined again nor scheduled; the partnership may ask again.
    expect((await as('rm', DECLINE, { input })).errors?.[0].extensions?.rule).toBe('CONFERENCE_REQUEST_ANSWERED');
    const scheduled = await as('rm', SCHEDULE, { input: { agreementId, heldOn: '2008-03-20', requestId } });
    expect(scheduled.errors?.[0].extensions?.rule).toBe('CONFERENCE_REQUEST_ANSWERED');
  });
});
