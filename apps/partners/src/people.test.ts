import { RegionCode } from '@laa/domain';
import { DevelopmentUser, Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000003';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

const user = (role: Role, scope: { area?: string; region?: RegionCode }, name = `${role} person`): DevelopmentUser => ({
  id: `${role}-${scope.area ?? scope.region}`,
  name,
  grants: [{ role, ...scope }],
});
const goStaff = user(Role.REGIONAL_DIRECTOR, { region: REGION }, 'Rita Director');
const officer = user(Role.PARTNERSHIP_OFFICER, { region: REGION, area: '00CG' }, 'Pat Officer');

async function as<D>(who: DevelopmentUser | null, query: string, variables: Record<string, unknown> = {}) {
  return region.query<D>(query, { variables, token: who ? await region.tokenFor(who) : undefined });
}

type Spell = { person: { name: string }; endedAt: string | null; assignedBy: string; reason: string };
const MANAGER =
  '{ area(code: "00CG") { relationshipManager { name role } relationshipManagerHistory { person { name } endedAt assignedBy reason } } }';
const CHANGE =
  'mutation ($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { assignedBy reason } }';

describe('who is at the table', () => {
  it("lists each area's LSP members by sector and its thematic partnerships to the public, but not people's names", async () => {
    const { data } = await as<{
      area: {
        partnership: { members: { sector: string }[] };
        thematicPartnerships: { kind: string; name: string; synthetic: boolean }[];
      };
    }>(
      null,
      '{ area(code: "00CG") { partnership { members { sector } } thematicPartnerships { kind name synthetic } } }',
    );
    expect(data?.area.partnership.members.map((m) => m.sector)).toEqual(
      expect.arrayContaining(['COUNCIL', 'PRIMARY_CARE_TRUST', 'POLICE', 'VOLUNTARY_COMMUNITY_FAITH']),
    );
    expect(data?.area.thematicPartnerships.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['CHILDRENS_TRUST', 'CRIME_AND_DISORDER_REDUCTION']),
    );
    expect(data?.area.thematicPartnerships.every((t) => t.synthetic)).toBe(true);
    const names = await as(null, '{ area(code: "00CG") { people { name } } }');
    expect(names.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("shows signed-in callers councillors with their roles, partner officers, department contacts and the GO's staff", async () => {
    const { data, errors } = await as<{
      region: { people: { role: string; title: string }[] };
      area: { people: { role: string; title: string; organisation: { sector: string } | null }[] };
    }>(
      officer,
      '{ region { people { role title } } area(code: "00CG") { people { role title organisation { sector } } } }',
    );
    expect(errors).toBeUndefined();
    const titles = data!.area.people.filter((p) => p.role === 'COUNCILLOR').map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Leader of the council', 'Chair of overview and scrutiny']));
    expect(data!.area.people.filter((p) => p.role === 'PARTNER_OFFICER').map((p) => p.organisation?.sector)).toEqual(
      expect.arrayContaining(['POLICE']),
    );
    expect(data!.area.people.some((p) => p.role === 'DEPARTMENT_CONTACT')).toBe(true);
    expect(data!.region.people.map((p) => p.role)).toEqual(
      expect.arrayContaining(['REGIONAL_DIRECTOR', 'DEPUTY_REGIONAL_DIRECTOR', 'THEME_LEAD']),
    );
  });

  it('keeps exactly one relationship manager per area and records every change', async () => {
    const before = await as<{ area: { relationshipManager: { name: string }; relationshipManagerHistory: Spell[] } }>(
      officer,
      MANAGER,
    );
    const previous = before.data!.area.relationshipManager.name;
    const refused = await as(officer, CHANGE, {
      input: { areaCode: '00CG', name: 'Someone Else', reason: 'not mine to change' },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const changed = await as(goStaff, CHANGE, {
      input: { areaCode: '00CG', name: 'Morgan Newcomer', reason: "Previous manager moved to the Children's team" },
    });
    expect(changed.errors).toBeUndefined();
    const after = await as<{
      area: { relationshipManager: { name: string; role: string }; relationshipManagerHistory: Spell[] };
    }>(officer, MANAGER);
    expect(after.data!.area.relationshipManager).toEqual({ name: 'Morgan Newcomer', role: 'RELATIONSHIP_MANAGER' });
    const history = after.data!.area.relationshipManagerHistory;
    expect(history.map((s) => s.person.name)).toEqual(['Morgan Newcomer', previous]);
    expect(history.filter((s) => s.endedAt === null)).toHaveLength(1);
    expect(history[0]).toMatchObject({
      assignedBy: expect.stringContaining('Rita Director'),
      reason: expect.stringContaining("Children's team"),
    });
    const otherRegion = await as(user(Role.REGIONAL_DIRECTOR, { region: 'E12000007' }), CHANGE, {
      input: { areaCode: '00CG', name: 'X Y', reason: 'wrong region' },
    });
    expect(otherRegion.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("lets GO staff and the area's partnership officer manage its people, and no one else", async () => {
    const ADD = 'mutation ($input: PersonInput!) { addPerson(input: $input) { id name title } }';
    const input = { areaCode: '00CG', name: 'Jo Councillor', role: 'COUNCILLOR', title: 'Cabinet member for health' };
    const added = await as<{ addPerson: { id: string } }>(officer, ADD, { input });
    expect(added.errors).toBeUndefined();
    const outsider = await as(user(Role.PARTNERSHIP_OFFICER, { region: REGION, area: '00CC' }), ADD, { input });
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const theme = await as(officer, ADD, { input: { name: 'T Lead', role: 'THEME_LEAD', title: 'Theme lead' } });
    expect(theme.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await as(goStaff, 'mutation ($id: ID!) { removePerson(id: $id) { id } }', {
      id: added.data!.addPerson.id,
    });
    expect(removed.errors).toBeUndefined();
    const { data } = await as<{ area: { people: { name: string }[] } }>(
      officer,
      '{ area(code: "00CG") { people { name } } }',
    );
    expect(data!.area.people.map((p) => p.name)).not.toContain('Jo Councillor');
  });

  it('links a partner officer to the LSP member they work for, only a member of their own area', async () => {
    const { data } = await as<{
      area: { partnership: { members: { id: string; sector: string }[] } };
      other: { partnership: { members: { id: string }[] } };
    }>(
      null,
      '{ area(code: "00CG") { partnership { members { id sector } } } other: area(code: "00CC") { partnership { members { id } } } }',
    );
    const fire = data!.area.partnership.members.find((m) => m.sector === 'FIRE_AND_RESCUE')!;
    const ADD = 'mutation ($input: PersonInput!) { addPerson(input: $input) { name organisation { id sector } } }';
    const input = {
      areaCode: '00CG',
      name: 'Sam Station',
      role: 'PARTNER_OFFICER',
      title: 'LAA lead officer (fire)',
      organisationId: fire.id,
    };
    const added = await as<{ addPerson: { organisation: { id: string; sector: string } } }>(officer, ADD, { input });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addPerson.organisation).toEqual({ id: fire.id, sector: 'FIRE_AND_RESCUE' });
    const elsewhere = await as(officer, ADD, {
      input: { ...input, organisationId: data!.other.partnership.members[0].id },
    });
    expect(elsewhere.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('not a member of the Local Strategic Partnership of 00CG'),
    });
  });

  it("gives each central department's priorities the places that matter most, and districts the county strategy they feed", async () => {
    const { data } = await as<{
      departments: { department: string; priorityPlaces: { priority: string; area: { code: string } }[] }[];
      area: { districts: { feedsCountyStrategyOf: { code: string } }[] };
    }>(
      null,
      '{ departments { department priorityPlaces { priority why synthetic area { code name } } } area(code: "36") { districts { feedsCountyStrategyOf { code } } } }',
    );
    expect(data!.departments.map((d) => d.department)).toEqual(expect.arrayContaining(['DCSF', 'DH', 'HOME_OFFICE']));
    expect(data!.departments.every((d) => d.priorityPlaces.length === 3)).toBe(true);
    expect(data!.area.districts.every((d) => d.feedsCountyStrategyOf.code === '36')).toBe(true);
  });
});
