import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { as, evidencePeople } from './testing/evidence-people';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const people = evidencePeople(REGION, SHEFFIELD, '00CC');
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const RECORD =
  'mutation ($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id version title adoptedOn url periodFrom periodTo recordedBy } }';
const WRITE =
  'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version communityStrategy { id title } } }';
const SCS = {
  area: SHEFFIELD,
  title: 'Sheffield City Strategy 2005-2010',
  adoptedOn: '2005-06-01',
  url: 'https://www.sheffield.gov.uk/city-strategy',
  periodFrom: 2005,
  periodTo: 2010,
};
const story = (expectedVersion: number, communityStrategy?: string) => ({
  area: SHEFFIELD,
  expectedVersion,
  placeToday: 'A city of steel and learning',
  ambition: 'A successful, distinctive city',
  claims: [],
  communityStrategy,
});
const codes = (errors?: { extensions?: Record<string, unknown> }[]) => (errors ?? []).map((e) => e.extensions?.code);

describe('the evidence kinds the source names', () => {
  it.each(['EQUALITIES_IMPACT_ASSESSMENT', 'SUSTAINABILITY_APPRAISAL', 'JOINT_STRATEGIC_NEEDS_ASSESSMENT'])(
    'records and reads back a %s',
    async (kind) => {
      const input = {
        area: SHEFFIELD,
        kind,
        title: `Sheffield ${kind}`,
        summary: 'What it found',
        source: 'Sheffield First Partnership',
        dated: '2007-09-01',
        theme: 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE',
      };
      const recorded = await as<{ recordSoftEvidence: { id: string; kind: string } }>(
        region,
        people.officer,
        'mutation ($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id kind } }',
        { input },
      );
      expect(recorded.errors).toBeUndefined();
      const { data } = await as<{ area: { softEvidence: { id: string; kind: string }[] } }>(
        region,
        people.relationshipManager,
        `{ area(code: "${SHEFFIELD}") { softEvidence { id kind } } }`,
      );
      expect(data!.area.softEvidence).toContainEqual({ id: recorded.data!.recordSoftEvidence.id, kind });
    },
  );
});

describe('the Sustainable Community Strategy', () => {
  it('is recorded by the partnership, read by anyone and linked from a version of the story of place', async () => {
    const recorded = await as<{ recordCommunityStrategy: { id: string; version: number; recordedBy: string } }>(
      region,
      people.officer,
      RECORD,
      { input: SCS },
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordCommunityStrategy.id;
    expect(recorded.data!.recordCommunityStrategy).toMatchObject({
      version: 1,
      recordedBy: `Pat Officer (po-${SHEFFIELD})`,
    });

    const publicRead = await as<{ area: { communityStrategies: unknown[] } }>(
      region,
      null,
      `{ area(code: "${SHEFFIELD}") { communityStrategies { id title adoptedOn url periodFrom periodTo } } }`,
    );
    expect(publicRead.data!.area.communityStrategies).toEqual([
      { id, title: SCS.title, adoptedOn: SCS.adoptedOn, url: SCS.url, periodFrom: 2005, periodTo: 2010 },
    ]);

    const written = await as<{
      writeStoryOfPlace: { version: number; communityStrategy: { id: string; title: string } };
    }>(region, people.officer, WRITE, { input: story(0, id) });
    expect(written.errors).toBeUndefined();
    expect(written.data!.writeStoryOfPlace).toEqual({ version: 1, communityStrategy: { id, title: SCS.title } });
    const read = await as<{ area: { storyOfPlace: { communityStrategy: { url: string } | null } } }>(
      region,
      people.relationshipManager,
      `{ area(code: "${SHEFFIELD}") { storyOfPlace { communityStrategy { url } } } }`,
    );
    expect(read.data!.area.storyOfPlace.communityStrategy).toEqual({ url: SCS.url });
  });

  it("refuses a story linked to another area's strategy, and writes no version", async () => {
    const other = await as<{ recordCommunityStrategy: { id: string } }>(region, people.relationshipManager, RECORD, {
      input: { ...SCS, area: '00CC', title: 'Barnsley Community Strategy' },
    });
    const before = await as<{ area: { storyOfPlaceVersions: unknown[] } }>(
      region,
      people.relationshipManager,
      `{ area(code: "${SHEFFIELD}") { storyOfPlaceVersions { version } } }`,
    );
    const count = before.data!.area.storyOfPlaceVersions.length;
    const refused = await as(region, people.officer, WRITE, {
      input: story(count, other.data!.recordCommunityStrategy.id),
    });
    expect(codes(refused.errors)).toEqual(['BAD_USER_INPUT']);
    const after = await as<{ area: { storyOfPlaceVersions: unknown[] } }>(
      region,
      people.relationshipManager,
      `{ area(code: "${SHEFFIELD}") { storyOfPlaceVersions { version } } }`,
    );
    expect(after.data!.area.storyOfPlaceVersions).toHaveLength(count);
  });

  it('refuses a period that ends before it starts and an address that is not http(s)', async () => {
    const backwards = await as(region, people.officer, RECORD, { input: { ...SCS, periodFrom: 2010, periodTo: 2005 } });
    expect(codes(backwards.errors)).toEqual(['BAD_USER_INPUT']);
    const badUrl = await as(region, people.officer, RECORD, { input: { ...SCS, url: 'javascript:alert(1)' } });
    expect(codes(badUrl.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it("is changed against the version read, and only by the area's partnership and GO", async () => {
    const { data } = await as<{ recordCommunityStrategy: { id: string } }>(region, people.officer, RECORD, {
      input: { ...SCS, title: 'Draft strategy' },
    });
    const id = data!.recordCommunityStrategy.id;
    const UPDATE =
      'mutation ($input: UpdateCommunityStrategyInput!) { updateCommunityStrategy(input: $input) { version title } }';
    const change = {
      id,
      expectedVersion: 1,
      title: 'Sheffield City Strategy 2005-2010 (refreshed)',
      adoptedOn: '2007-03-01',
      url: SCS.url,
      periodFrom: 2005,
      periodTo: 2010,
    };
    expect(codes((await as(region, people.otherOfficer, UPDATE, { input: change })).errors)).toEqual(['FORBIDDEN']);
    const updated = await as<{ updateCommunityStrategy: { version: number; title: string } }>(
      region,
      people.relationshipManager,
      UPDATE,
      { input: change },
    );
    expect(updated.data!.updateCommunityStrategy).toEqual({ version: 2, title: change.title });
    expect(codes((await as(region, people.officer, UPDATE, { input: change })).errors)).toEqual(['CONFLICT']);
  });
});
