import { Department, RegionCode } from '@laa/domain';
import { DevelopmentUser, Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';

/** The people who keep and read one area's evidence (synthetic names). */
export function evidencePeople(region: RegionCode, area: string, otherArea: string) {
  const person = (id: string, name: string, grant: DevelopmentUser['grants'][number]): DevelopmentUser => ({
    id,
    name,
    grants: [grant],
  });
  return {
    goAnalyst: person(`goanalyst-${region}`, 'Gina Analyst', { role: Role.GO_ANALYST, region }),
    relationshipManager: person(`rm-${region}`, 'Robin Manager', { role: Role.RELATIONSHIP_MANAGER, region }),
    officer: person(`po-${area}`, 'Pat Officer', { role: Role.PARTNERSHIP_OFFICER, region, area }),
    otherOfficer: person(`po-${otherArea}`, 'Olly Elsewhere', {
      role: Role.PARTNERSHIP_OFFICER,
      region,
      area: otherArea,
    }),
    councilSystem: person(`system-${area}`, 'Council performance system', { role: Role.COUNCIL_SYSTEM, region, area }),
    councillor: person(`cllr-${area}`, 'Cllr Casey', { role: Role.COUNCILLOR, region, area }),
    departmentAnalyst: person('analyst-dcsf', 'Dana Analyst', {
      role: Role.DEPARTMENT_ANALYST,
      department: Department.DCSF,
    }),
    minister: person('minister-clg', 'Mina Minister', { role: Role.MINISTER, department: Department.CLG }),
  };
}

/** Runs an operation through the gateway as a person (or the public). */
export async function as<D>(
  region: TestRegion,
  user: DevelopmentUser | null,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return region.query<D>(query, { variables, token: user ? await region.tokenFor(user) : undefined });
}

export interface ImportReportRow {
  id: string;
  rowsRead: number;
  inserted: number;
  superseded: number;
  unchanged: number;
  rejected: number;
  loadedBy: string;
  rejections: { line: number; reason: string; message: string }[];
}

/** Streams CSV text to the gateway's upload route, as the command-line import does. */
export async function uploadCsv(region: TestRegion, user: DevelopmentUser | null, csv: string, origin = 'test.csv') {
  const url = new URL(`/imports/observations?origin=${encodeURIComponent(origin)}`, region.gatewayUrl);
  const headers: Record<string, string> = { 'content-type': 'text/csv' };
  if (user) headers.authorization = `Bearer ${await region.tokenFor(user)}`;
  const response = await fetch(url, { method: 'POST', headers, body: csv });
  const body = (await response.json()) as {
    data?: ImportReportRow;
    errors?: { message: string; extensions: { code: string } }[];
  };
  return { status: response.status, ...body };
}

export const HEADER =
  'indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional';
