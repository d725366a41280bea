import { DevelopmentUser, Role } from '@laa/identity';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';

/** Sheffield City Region: South Yorkshire's four districts and Derbyshire, across two Government Offices. */
const LEAD = 'E12000003';
const MEMBER = 'E12000004';
const AREAS = ['00CG', '00CC', '00CF', '17'];
let lead: TestRegion;
let member: TestRegion;

beforeAll(async () => {
  [lead, member] = await Promise.all([
    startTestRegion(LEAD, { seedDemo: false }),
    startTestRegion(MEMBER, { seedDemo: false }),
  ]);
});
afterAll(() => Promise.all([lead?.stop(), member?.stop()]));

const person = (id: string, role: Role, region: string, area?: string): DevelopmentUser => ({
  id,
  name: id,
  grants: [{ role, region: region as 'E12000003', area }],
});
const leadRm = person('rm-yh', Role.RELATIONSHIP_MANAGER, LEAD);
const leadThemeLead = person('tl-yh', Role.THEME_LEAD, LEAD);
const memberRd = person('rd-em', Role.REGIONAL_DIRECTOR, MEMBER);
const derbyshireOfficer = person('po-17', Role.PARTNERSHIP_OFFICER, MEMBER, '17');
const nottsOfficer = person('po-37', Role.PARTNERSHIP_OFFICER, MEMBER, '37');
const londonRd = person('rd-london', Role.REGIONAL_DIRECTOR, 'E12000007');

const FIELDS =
  'id title leadRegionCode areaCodes holding version createdBy memberRegions { regionCode lead deliveredVersion upToDate }';
const CREATE = `mutation ($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { ${FIELDS} priorities { title } targets { indicatorCode levels } } }`;
const RECEIVE = `mutation ($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { ${FIELDS} } }`;
const DELIVERED = `mutation ($id: ID!, $r: String!, $v: Int!) { recordMultiAreaAgreementDelivery(id: $id, regionCode: $r, version: $v) { ${FIELDS} } }`;
const LIST = '{ multiAreaAgreements { id title holding version members { code name regionCode } } }';
const SHARED = '{ multiAreaAgreements { title priorities { title } targets { indicator { code } baseline levels } } }';
const content = {
  title: 'Sheffield City Region MAA',
  areaCodes: AREAS,
  priorities: [
    { title: "Skills for the city region's economy", description: 'More adults qualified to level 2 and above' },
  ],
  targets: [
    {
      indicator: 'NI 163',
      description: 'Working-age adults qualified to at least level 2',
      baseline: 68.1,
      levels: [69.5, 71, 72.5],
    },
  ],
};
type Maa = {
  id: string;
  title: string;
  version: number;
  holding: string;
  createdBy: string;
  memberRegions: { regionCode: string; lead: boolean; deliveredVersion: number | null; upToDate: boolean }[];
};
const codes = (errors?: readonly { extensions?: Record<string, unknown> }[]) =>
  (errors ?? []).map((e) => e.extensions?.code);
const at = async <D>(
  region: TestRegion,
  user: DevelopmentUser | null,
  query: string,
  variables: Record<string, unknown> = {},
) => region.query<D>(query, { variables, token: user ? await region.tokenFor(user) : undefined });

/** Sends the lead's record to the member region as the console does, and records the delivery at the lead. */
async function deliver(
  maa: Maa & { areaCodes: string[]; leadRegionCode: string; changedBy?: string },
  version: number,
  input = content,
) {
  const copy = {
    ...input,
    id: maa.id,
    version,
    leadRegionCode: LEAD,
    createdBy: maa.createdBy,
    changedBy: maa.createdBy,
  };
  const received = await at<{ receiveMultiAreaAgreement: Maa }>(member, leadRm, RECEIVE, { input: copy });
  expect(received.errors).toBeUndefined();
  return at<{ recordMultiAreaAgreementDelivery: Maa }>(lead, leadRm, DELIVERED, { id: maa.id, r: MEMBER, v: version });
}

describe('a multi-area agreement across two regions', () => {
  let created: Maa & { areaCodes: string[]; leadRegionCode: string };

  it('is created at the lead region by its round leads, with the member regions still to be sent their copy', async () => {
    expect(codes((await at(lead, leadThemeLead, CREATE, { input: content })).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await at(member, leadRm, CREATE, { input: content })).errors)).toEqual(['FORBIDDEN']);
    const { data, errors } = await at<{ createMultiAreaAgreement: typeof created }>(lead, leadRm, CREATE, {
      input: content,
    });
    expect(errors).toBeUndefined();
    created = data!.createMultiAreaAgreement;
    expect(created).toMatchObject({ leadRegionCode: LEAD, areaCodes: AREAS, holding: 'LEAD', version: 1 });
    expect(created.memberRegions).toEqual([
      { regionCode: LEAD, lead: true, deliveredVersion: null, upToDate: true },
      { regionCode: MEMBER, lead: false, deliveredVersion: null, upToDate: false },
    ]);
    expect(data!.createMultiAreaAgreement).toMatchObject({
      targets: [{ indicatorCode: 'NI163', levels: [69.5, 71, 72.5] }],
    });
  });

  it('refuses an unknown area code, naming it, and writes nothing', async () => {
    const { errors } = await at(lead, leadRm, CREATE, {
      input: { ...content, title: 'With a typo', areaCodes: ['00CG', '00XX', 'ZZ'] },
    });
    expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
    expect(errors![0].extensions).toMatchObject({ unknown: ['00XX', 'ZZ'] });
    const list = await at<{ multiAreaAgreements: { title: string; members: unknown[] }[] }>(lead, null, LIST);
    expect(list.errors).toBeUndefined();
    expect(list.data!.multiAreaAgreements.map((m) => m.title)).toEqual([content.title]);
    expect(list.data!.multiAreaAgreements[0]).toMatchObject({
      members: [
        { code: '00CG', name: 'Sheffield', regionCode: LEAD },
        { code: '00CC', name: 'Barnsley' },
        { code: '00CF' },
        { code: '17', name: 'Derbyshire', regionCode: MEMBER },
      ],
    });
  });

  it('refuses one area alone, a region with none of its areas, and a withdrawn or unknown indicator', async () => {
    expect(
      codes((await at(lead, leadRm, CREATE, { input: { ...content, areaCodes: ['00CG', ' 00cg'] } })).errors),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes((await at(lead, leadRm, CREATE, { input: { ...content, areaCodes: ['17', '37'] } })).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    const badTarget = { ...content.targets[0], indicator: 'NI999' };
    const refused = await at(lead, leadRm, CREATE, { input: { ...content, targets: [badTarget] } });
    expect(codes(refused.errors)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions).toMatchObject({ indicators: ['NI999'] });
  });

  it("reaches the member region as a read copy, from the lead region's round leads only, and shows there on the member area", async () => {
    const copy = {
      ...content,
      id: created.id,
      version: 1,
      leadRegionCode: LEAD,
      createdBy: created.createdBy,
      changedBy: created.createdBy,
    };
    expect(codes((await at(member, memberRd, RECEIVE, { input: copy })).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await at(lead, leadRm, RECEIVE, { input: copy })).errors)).toEqual(['BAD_USER_INPUT']);
    const { data } = await deliver(created, 1);
    expect(data!.recordMultiAreaAgreementDelivery.memberRegions[1]).toEqual({
      regionCode: MEMBER,
      lead: false,
      deliveredVersion: 1,
      upToDate: true,
    });

    const derbyshire = await at<{
      area: { multiAreaAgreements: { id: string; holding: string; leadRegionCode: string }[] };
    }>(member, null, '{ area(code: "17") { multiAreaAgreements { id holding leadRegionCode } } }');
    expect(derbyshire.data!.area.multiAreaAgreements).toEqual([
      { id: created.id, holding: 'COPY', leadRegionCode: LEAD },
    ]);
    const notts = await at<{ area: { multiAreaAgreements: unknown[] } }>(
      member,
      null,
      '{ area(code: "37") { multiAreaAgreements { id } } }',
    );
    expect(notts.data!.area.multiAreaAgreements).toEqual([]);
    const ONE = 'query ($id: ID!) { multiAreaAgreement(id: $id) { id holding version } }';
    expect(
      (await at<{ multiAreaAgreement: unknown }>(member, null, ONE, { id: created.id })).data!.multiAreaAgreement,
    ).toEqual({ id: created.id, holding: 'COPY', version: 1 });
    expect(
      (await at<{ multiAreaAgreement: unknown }>(member, null, ONE, { id: '00000000-0000-4000-8000-000000000000' }))
        .data!.multiAreaAgreement,
    ).toBeNull();
  });

  it('shows its shared priorities and targets to draft readers of a member area only, in either region', async () => {
    const shared = {
      title: content.title,
      priorities: [{ title: content.priorities[0].title }],
      targets: [{ indicator: { code: 'NI163' }, baseline: 68.1, levels: [69.5, 71, 72.5] }],
    };
    expect(
      (await at<{ multiAreaAgreements: unknown[] }>(member, derbyshireOfficer, SHARED)).data!.multiAreaAgreements,
    ).toEqual([shared]);
    expect((await at<{ multiAreaAgreements: unknown[] }>(member, memberRd, SHARED)).data!.multiAreaAgreements).toEqual([
      shared,
    ]);
    expect(
      (await at<{ multiAreaAgreements: unknown[] }>(lead, leadThemeLead, SHARED)).data!.multiAreaAgreements,
    ).toEqual([shared]);
    for (const outsider of [nottsOfficer, londonRd, null]) {
      const codesSeen = codes((await at(member, outsider, SHARED)).errors);
      expect(codesSeen.length).toBeGreaterThan(0);
      expect(codesSeen.every((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')).toBe(true);
    }
  });

  it('changes only at the lead, against the version read; a new version is pending until the member region takes it', async () => {
    const UPDATE = `mutation ($input: UpdateMultiAreaAgreementInput!) { updateMultiAreaAgreement(input: $input) { ${FIELDS} } }`;
    const changed = { ...content, title: 'Sheffield City Region Multi-Area Agreement' };
    expect(
      codes(
        (
          await at(member, person('rm-em', Role.RELATIONSHIP_MANAGER, MEMBER), UPDATE, {
            input: { ...changed, id: created.id, expectedVersion: 1 },
          })
        ).errors,
      ),
    ).toEqual(['RULE_VIOLATION']);
    const { data } = await at<{ updateMultiAreaAgreement: Maa }>(lead, leadRm, UPDATE, {
      input: { ...changed, id: created.id, expectedVersion: 1 },
    });
    expect(data!.updateMultiAreaAgreement).toMatchObject({ version: 2, title: changed.title });
    expect(data!.updateMultiAreaAgreement.memberRegions[1]).toMatchObject({ deliveredVersion: 1, upToDate: false });
    expect(
      codes((await at(lead, leadRm, UPDATE, { input: { ...changed, id: created.id, expectedVersion: 1 } })).errors),
    ).toEqual(['CONFLICT']);

    const delivered = await deliver(created, 2, changed);
    expect(delivered.data!.recordMultiAreaAgreementDelivery.memberRegions[1]).toMatchObject({
      deliveredVersion: 2,
      upToDate: true,
    });
    // A late resend of version 1 changes nothing in the member region, and the lead never records going back.
    await deliver(created, 1);
    const held = await at<{ multiAreaAgreements: { title: string; version: number }[] }>(member, null, LIST);
    expect(held.data!.multiAreaAgreements).toMatchObject([{ title: changed.title, version: 2 }]);
    const atLead = await at<{ multiAreaAgreements: Maa[] }>(lead, null, `{ multiAreaAgreements { ${FIELDS} } }`);
    expect(atLead.data!.multiAreaAgreements[0].memberRegions[1]).toMatchObject({ deliveredVersion: 2, upToDate: true });
  });
});
