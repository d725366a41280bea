import type { AccessRule } from './access-rule';
import { EVERYONE, MatrixCaller, REGION_STAFF, SIGNED_IN } from './callers';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const withOfficers = (...extra: MatrixCaller[]) =>
  new Set<MatrixCaller>([...REGION_STAFF, 'partnership officer', ...extra]);

/** People and roles, thematic partnerships, departments' priority places (the partners subgraph). */
export const PEOPLE_MATRIX: AccessRule[] = [
  {
    operation: 'departments',
    rule: "Public: departments' priorities and the places that matter most.",
    document: '{ departments { department priorityPlaces { priority area { code } } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'area.people',
    rule: "Names of people are not public: signed-in callers see councillors, officers, contacts, the relationship manager and its history, the GO's staff.",
    document:
      'query ($area: String!) { region { people { name } } area(code: $area) { thematicPartnerships { name } people { name title } relationshipManager { name } relationshipManagerHistory { reason } } }',
    variables: (f) => ({ area: f.area }),
    allowed: SIGNED_IN,
  },
  {
    operation: 'changeRelationshipManager',
    rule: 'GO staff of the region; the previous spell is kept.',
    document:
      'mutation ($area: String!) { changeRelationshipManager(input: { areaCode: $area, name: "Matrix Manager", reason: "access matrix" }) { id } }',
    variables: (f) => ({ area: f.area }),
    allowed: REGION_STAFF,
  },
  {
    operation: 'addPerson',
    rule: 'GO staff of the region, or a partnership officer for the people of their area.',
    document:
      'mutation ($area: String!) { addPerson(input: { areaCode: $area, name: "Matrix Councillor", role: COUNCILLOR, title: "Scrutiny chair" }) { id } }',
    variables: (f) => ({ area: f.area }),
    allowed: withOfficers(),
  },
  {
    operation: 'removePerson',
    rule: "GO staff of the region, or a partnership officer of the person's area (an officer of another area is refused once the person is found).",
    document: 'mutation ($id: ID!) { removePerson(id: $id) { id } }',
    variables: () => ({ id: NO_SUCH_ID }),
    allowed: withOfficers('partnership officer, other area'),
    tolerated: ['NOT_FOUND'],
  },
];
