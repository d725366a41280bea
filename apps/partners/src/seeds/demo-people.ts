import { insertInBatches } from '@laa/database';
import { seededRandom, stableUuid } from '@laa/demo-data';
import { Department, DEPARTMENT_NAMES, RegionCode, Theme, THEME_NAMES } from '@laa/domain';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area';
import { PartnerSector } from '../entities/partnership';
import {
  DepartmentPriorityPlace,
  Person,
  PersonRole,
  RelationshipManagerAssignment,
  ThematicPartnership,
  ThematicPartnershipKind,
} from '../entities/people';

const FIRST = ['Alex', 'Sam', 'Jo', 'Chris', 'Pat', 'Robin', 'Morgan', 'Jamie', 'Kim', 'Lee', 'Ash', 'Drew'];
const LAST = ['Example', 'Sample', 'Placeholder', 'Fictional', 'Demo', 'Testington', 'Madeup', 'Invented'];
/** Obviously made-up names: demo data never names a real person. */
const demoName = (seed: string) => {
  const random = seededRandom(seed);
  return `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]} (demo)`;
};

const THEMATIC: [ThematicPartnershipKind, string][] = [
  [ThematicPartnershipKind.CHILDRENS_TRUST, "Children's Trust"],
  [ThematicPartnershipKind.CRIME_AND_DISORDER_REDUCTION, 'Crime and Disorder Reduction Partnership'],
  [ThematicPartnershipKind.HEALTH_AND_WELLBEING, 'Health and Wellbeing Partnership'],
  [ThematicPartnershipKind.ECONOMIC_PARTNERSHIP, 'Economic Partnership'],
];

const COUNCILLORS = [
  'Leader of the council',
  "Cabinet member for children's services",
  'Chair of overview and scrutiny',
];

/** Departments' priorities the demo gives places to (synthetic choice of places). */
const DEPARTMENT_PRIORITIES: [Department, string][] = [
  [Department.DCSF, 'Reducing young people not in education, employment or training'],
  [Department.DH, 'Reducing health inequalities and premature mortality'],
  [Department.HOME_OFFICE, 'Reducing serious acquisitive crime'],
  [Department.DWP, 'Moving people off out-of-work benefits'],
  [Department.CLG, 'Tackling worklessness in the most deprived neighbourhoods'],
];

/** Synthetic people, thematic partnerships and department priority places for the region's areas. */
export async function seedDemoPeople(manager: EntityManager, region: RegionCode): Promise<void> {
  const areas = (await manager.find(Area)).filter((a) => a.regionCode === region);
  const person = (key: string, fields: Partial<Person>): Person =>
    ({
      id: stableUuid(`person:${key}`),
      regionCode: region,
      areaCode: null,
      name: demoName(key),
      theme: null,
      department: null,
      organisationId: null,
      synthetic: true,
      removedAt: null,
      ...fields,
    }) as Person;
  const regional = [
    person(`${region}:rd`, { role: PersonRole.REGIONAL_DIRECTOR, title: 'Regional Director' }),
    ...[1, 2].map((n) =>
      person(`${region}:drd:${n}`, {
        role: PersonRole.DEPUTY_REGIONAL_DIRECTOR,
        title: `Deputy Regional Director ${n}`,
      }),
    ),
    ...Object.values(Theme).map((theme) =>
      person(`${region}:tl:${theme}`, {
        role: PersonRole.THEME_LEAD,
        title: `Theme lead, ${THEME_NAMES[theme]}`,
        theme,
      }),
    ),
  ];
  const local = areas.flatMap((area) => [
    person(`${area.code}:rm`, {
      role: PersonRole.RELATIONSHIP_MANAGER,
      title: `Relationship manager for ${area.name}`,
    }),
    ...COUNCILLORS.map((title, i) =>
      person(`${area.code}:cllr:${i}`, { areaCode: area.code, role: PersonRole.COUNCILLOR, title }),
    ),
    ...[PartnerSector.PRIMARY_CARE_TRUST, PartnerSector.POLICE].map((sector) =>
      person(`${area.code}:officer:${sector}`, {
        areaCode: area.code,
        role: PersonRole.PARTNER_OFFICER,
        title: `LAA lead officer (${sector.toLowerCase().replace(/_/g, ' ')})`,
        organisationId: stableUuid(`member:${area.code}:${sector}`),
      }),
    ),
    ...[Department.DCSF, Department.DH, Department.HOME_OFFICE].map((department) =>
      person(`${area.code}:contact:${department}`, {
        areaCode: area.code,
        role: PersonRole.DEPARTMENT_CONTACT,
        title: `${DEPARTMENT_NAMES[department]} contact`,
        department,
      }),
    ),
  ]);
  await insertInBatches(manager, Person, [...regional, ...local]);
  await insertInBatches(
    manager,
    RelationshipManagerAssignment,
    areas.map((area) => ({
      id: stableUuid(`rm-assignment:${area.code}:1`),
      areaCode: area.code,
      personId: stableUuid(`person:${area.code}:rm`),
      assignedAt: new Date(Date.UTC(2007, 8, 1)),
      endedAt: null,
      assignedBy: 'Demo Regional Director',
      reason: 'Assigned for the 2008-2011 negotiation (synthetic)',
    })) as RelationshipManagerAssignment[],
  );
  await insertInBatches(
    manager,
    ThematicPartnership,
    areas.flatMap((area) =>
      THEMATIC.map(([kind, name]) => ({
        id: stableUuid(`thematic:${area.code}:${kind}`),
        areaCode: area.code,
        kind,
        name: `${area.name} ${name}`,
        synthetic: true,
      })),
    ),
  );
  await insertInBatches(
    manager,
    DepartmentPriorityPlace,
    DEPARTMENT_PRIORITIES.flatMap(([department, priority]) => {
      const random = seededRandom(`priority-places:${region}:${department}`);
      const byCode = [...areas].sort((a, b) => a.code.localeCompare(b.code));
      const chosen = byCode
        .map((area) => ({ area, key: random() }))
        .sort((x, y) => x.key - y.key)
        .slice(0, 3)
        .map((x) => x.area);
      return chosen.map((area) => ({
        id: stableUuid(`priority-place:${department}:${area.code}`),
        department,
        priority,
        areaCode: area.code,
        why: `Among the region's furthest from the national average on this priority (synthetic)`,
        synthetic: true,
      }));
    }),
  );
}
