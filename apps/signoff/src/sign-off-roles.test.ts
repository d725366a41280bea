import { Theme } from '@laa/domain';
import { CouncillorOffice, DevelopmentUser, Role } from '@laa/identity';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import {
  as,
  ChainTarget,
  confirmation,
  confirmingDepartment,
  leadPartnerBodies,
  SIGN_OFF_TARGET,
  TAKE_STEP,
} from './testing/people';

const REGION = 'E12000003';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

const person = (id: string, grant: DevelopmentUser['grants'][number]): DevelopmentUser => ({
  id,
  name: `${id} person`,
  grants: [grant],
});

interface AreaAgreement {
  code: string;
  agreement: { id: string; stage: string; version: number; signOff: { stage: string } };
}

async function agreementAt(stage: string): Promise<AreaAgreement> {
  const { data } = await region.query<{ areas: AreaAgreement[] }>(
    '{ areas { code agreement { id stage version signOff { stage } } } }',
  );
  return data!.areas.find((a) => a.agreement?.stage === stage && a.agreement.signOff.stage === 'NOT_STARTED')!;
}

const TARGETS =
  'query ($id: ID!) { agreement(id: $id) { targets { id version kind theme levels indicator { code department } } } }';

describe('a theme lead signs off only the themes they lead', () => {
  it("refuses a target outside the theme lead's themes, and a theme lead who names no theme", async () => {
    const { agreement } = await agreementAt('TARGETS');
    const reader = person('tl-all', { role: Role.THEME_LEAD, region: REGION, themes: Object.values(Theme) });
    const { data } = await as<{ agreement: { targets: (ChainTarget & { theme: Theme })[] } }>(region, reader, TARGETS, {
      id: agreement.id,
    });
    const target = data!.agreement.targets.find((t) => t.kind !== 'LOCAL')!;
    const otherTheme = Object.values(Theme).find((t) => t !== target.theme)!;
    const input = {
      targetId: target.id,
      targetVersion: target.version,
      departmentConfirmation: confirmation(confirmingDepartment(target)),
    };

    for (const grant of [{ themes: [otherTheme] }, {}]) {
      const refused = await as(
        region,
        person('tl-other', { role: Role.THEME_LEAD, region: REGION, ...grant }),
        SIGN_OFF_TARGET,
        { input },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'theme-lead-theme',
        theme: target.theme,
      });
    }
    const own = await as(
      region,
      person('tl-own', { role: Role.THEME_LEAD, region: REGION, themes: [target.theme] }),
      SIGN_OFF_TARGET,
      { input },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({ signOffTarget: { valid: true } });
  });
});

describe("the LSP's steps: councillors who lead, and every lead partner's governing body", () => {
  it("lets the Leader or a cabinet member act for the LSP, not scrutiny; the partners' agreement names each lead partner", async () => {
    const { code, agreement } = await agreementAt('TARGETS');
    const officer = person(`po-${code}`, { role: Role.PARTNERSHIP_OFFICER, region: REGION, area: code });
    const cabinet = person(`cllr-${code}`, {
      role: Role.COUNCILLOR,
      region: REGION,
      area: code,
      office: CouncillorOffice.CABINET_MEMBER,
    });
    const scrutiny = person(`scrutiny-${code}`, {
      role: Role.COUNCILLOR,
      region: REGION,
      area: code,
      office: CouncillorOffice.SCRUTINY,
    });
    const submitted = await as(
      region,
      officer,
      'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage } }',
      {
        input: {
          agreementId: agreement.id,
          expectedVersion: agreement.version,
          stage: 'SUBMITTED',
          reason: 'Agreed by the LSP executive',
        },
      },
    );
    expect(submitted.errors).toBeUndefined();

    const story = await as<{ area: { storyOfPlace: { version: number } } }>(
      region,
      officer,
      `{ area(code: "${code}") { storyOfPlace { version } } }`,
    );
    const current = story.data!.area.storyOfPlace.version;
    const written = await as(
      region,
      officer,
      'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version } }',
      {
        input: {
          area: code,
          expectedVersion: current,
          placeToday: 'A city of steel and universities.',
          ambition: 'A city of good jobs for young people.',
          claims: [],
        },
      },
    );
    expect(written.errors).toBeUndefined();
    const storySignOff = { input: { area: code, version: current + 1, note: 'LSP board, May 2008' } };
    const SIGN_STORY =
      'mutation ($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { version } }';
    expect((await as(region, scrutiny, SIGN_STORY, storySignOff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(region, cabinet, SIGN_STORY, storySignOff)).errors).toBeUndefined();

    const step = (user: DevelopmentUser, stage: string, expectedVersion: number, governingBodies?: unknown[]) =>
      as<{ takeSignOffStep: { stage: string; version: number } }>(region, user, TAKE_STEP, {
        input: {
          agreementId: agreement.id,
          stage,
          expectedVersion,
          reason: `${stage} at the LSP board`,
          governingBodies,
        },
      });
    expect((await step(scrutiny, 'LSP_SIGNED_OFF', 0)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const lsp = await step(cabinet, 'LSP_SIGNED_OFF', 0);
    expect(lsp.errors).toBeUndefined();
    expect(lsp.data?.takeSignOffStep).toEqual({ stage: 'LSP_SIGNED_OFF', version: 1 });

    const leads = await leadPartnerBodies(region, await region.tokenFor(officer), agreement.id);
    expect(leads.length).toBeGreaterThan(1);
    const councilAlone = [{ organisation: 'Sheffield City Council', body: 'Cabinet', agreedOn: '2008-05-01' }];
    const refused = await step(cabinet, 'PARTNERS_AGREED', 1, councilAlone);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'partners-agreed-needs-lead-partners',
    });
    const missing = (refused.errors?.[0].extensions?.missing ?? []) as { kind: string; label: string }[];
    expect(missing.every((m) => m.kind === 'LEAD_PARTNER_AGREEMENT')).toBe(true);
    expect(missing.map((m) => m.label).sort()).toEqual(
      leads
        .map((l) => l.organisation)
        .filter((o) => o.toLowerCase() !== 'sheffield city council')
        .sort(),
    );
    const agreed = await step(cabinet, 'PARTNERS_AGREED', 1, [
      ...councilAlone,
      ...leads.map((l) => ({ ...l, organisation: l.organisation.toUpperCase() })),
    ]);
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data?.takeSignOffStep).toEqual({ stage: 'PARTNERS_AGREED', version: 2 });
  });
});
