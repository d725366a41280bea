import { ensureDatabase, openSubgraphDatabase } from '@laa/database';
import { demoAgreement } from '@laa/demo-data';
import { Department } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { dropTestDatabase, freshDatabaseUrl, testDatabaseServer } from '@laa/testing';
import { DataSource } from 'typeorm';
import { Recommendation } from '../entities/recommendation';
import { SignOffStep } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { TargetSignOffRecord } from '../entities/target';
import { checkConfirmingDepartment } from '../rules/confirming-department';
import { dateInWords } from '../services/recommendation/content';
import { signoffSubgraph } from '../subgraph';
import { SignOffRoles1765000000000 } from '../migrations/1765000000000-SignOffRoles';
import { DEMO_RECOMMENDED_BY, fixDemoRecommendationDates, seedDemoRecommendations } from './demo-recommendations';
import { fixDemoConfirmingDepartments, seedDemoSignOffs } from './demo-sign-offs';

const REGION = 'E12000003';
const urls: string[] = [];
let db: DataSource;

async function freshDatabase(label: string): Promise<string> {
  const server = await testDatabaseServer();
  if (!server) throw new Error('This test needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)');
  const url = freshDatabaseUrl(server, label);
  await ensureDatabase(url);
  urls.push(url);
  return url;
}

const open = (url: string, migrations = signoffSubgraph.migrations) =>
  openSubgraphDatabase({ url, schema: 'signoff', entities: signoffSubgraph.entities, migrations });

beforeAll(async () => {
  db = await open(await freshDatabase('signoff_seeds'));
  await db.transaction(async (manager) => {
    await seedDemoSignOffs(manager, REGION);
    await seedDemoRecommendations(manager, REGION);
  });
});
afterAll(async () => {
  await db?.destroy();
  for (const url of urls) await dropTestDatabase(url);
});

const indicators = readIndicators();
const kinds = new Map(
  readAreas()
    .filter((a) => a.regionCode === REGION)
    .flatMap((area) => demoAgreement(area, indicators).targets.map((t) => [t.id, t.kind] as const)),
);
const indicatorOf = (code: string) => {
  const i = indicators.find((r) => r.code === code)!;
  return { code, department: i.department, departmentNote: i.departmentNote };
};

describe('the demo sign-off data agrees with itself', () => {
  it('dates each demo recommendation as its RD_RECOMMENDED step', async () => {
    const [recommendations, steps] = await Promise.all([
      db.getRepository(Recommendation).find(),
      db.getRepository(SignOffStep).findBy({ stage: SignOffStage.RD_RECOMMENDED }),
    ]);
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations).toHaveLength(steps.length);
    for (const recommendation of recommendations) {
      const step = steps.find((s) => s.agreementId === recommendation.agreementId)!;
      expect(recommendation.generatedAt.toISOString()).toBe(step.takenAt.toISOString());
      expect(recommendation.content?.recommendedOn).toBe(step.takenAt.toISOString().slice(0, 10));
      expect(recommendation.html).toContain(`on ${dateInWords(recommendation.content?.recommendedOn ?? '')}.`);
      expect(recommendation.content?.evidenceNote).toMatch(
        /^Synthetic demo recommendation: made from the demo data alone/,
      );
    }
  });

  it("confirms each demo target by the department the theme lead's rule needs", async () => {
    const records = await db.getRepository(TargetSignOffRecord).find();
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const kind = kinds.get(record.targetId)!;
      expect(() =>
        checkConfirmingDepartment(
          { kind, indicator: { code: record.indicatorCode! } },
          indicatorOf(record.indicatorCode!),
          record,
        ),
      ).not.toThrow();
    }
    expect(records.some((r) => r.department !== Department.CLG && r.department !== Department.DCSF)).toBe(true);
  });

  it('corrects a store seeded by an earlier version, and leaves a recommendation made by hand as it is', async () => {
    const [first, second] = await db.getRepository(Recommendation).find({ order: { agreementId: 'ASC' } });
    const earlier = new Date(Date.UTC(2008, 5, 1));
    await db
      .getRepository(Recommendation)
      .update({ agreementId: first.agreementId }, { generatedAt: earlier, html: 'seeded on 2008-06-01' });
    await db
      .getRepository(Recommendation)
      .update(
        { agreementId: second.agreementId },
        { generatedAt: earlier, recommendedBy: 'Rita Director (rd-1)', html: 'made by hand' },
      );
    const statutory = (await db.getRepository(TargetSignOffRecord).find()).find(
      (r) => kinds.get(r.targetId) === 'STATUTORY_DCSF',
    )!;
    await db.getRepository(TargetSignOffRecord).update({ id: statutory.id }, { department: Department.CLG });

    await db.transaction(async (manager) => {
      await fixDemoRecommendationDates(manager, REGION);
      await fixDemoConfirmingDepartments(manager);
    });
    const fixed = await db.getRepository(Recommendation).findOneByOrFail({ agreementId: first.agreementId });
    expect(fixed).toMatchObject({
      recommendedBy: DEMO_RECOMMENDED_BY,
      generatedAt: first.generatedAt,
      html: first.html,
    });
    expect(await db.getRepository(Recommendation).findOneByOrFail({ agreementId: second.agreementId })).toMatchObject({
      html: 'made by hand',
      generatedAt: earlier,
    });
    expect((await db.getRepository(TargetSignOffRecord).findOneByOrFail({ id: statutory.id })).department).toBe(
      Department.DCSF,
    );
  });
});

describe('the roles of earlier sign-off records', () => {
  it('fills in the role where it is certain: Ministers record Cabinet consultations and sign version 1', async () => {
    const url = await freshDatabase('signoff_roles');
    const before = await open(
      url,
      signoffSubgraph.migrations.slice(0, signoffSubgraph.migrations.indexOf(SignOffRoles1765000000000)),
    );
    const agreementId = '00000000-0000-4000-8000-000000000001';
    await before.query(`INSERT INTO signoff.sign_off (agreement_id, stage, version) VALUES ($1, 'SIGNED', 6)`, [
      agreementId,
    ]);
    await before.query(
      `INSERT INTO signoff.cabinet_consultation (agreement_id, colleagues, outcome, recorded_by, recorded_at) VALUES ($1, '{Home Secretary}', 'No objections', 'Mina Minister (m)', now())`,
      [agreementId],
    );
    await before.query(
      `INSERT INTO signoff.moderation_flag (agreement_id, raised_by, reason, raised_at) VALUES ($1, 'Nick North (rd)', 'Out of line', now())`,
      [agreementId],
    );
    for (const number of [1, 2]) {
      await before.query(
        `INSERT INTO signoff.signed_version (agreement_id, number, targets, signed_by, reason, signed_at) VALUES ($1, $2, '[]', 'someone', 'why', now())`,
        [agreementId, number],
      );
    }
    await before.destroy();
    const after = await open(url);
    try {
      expect(await after.query('SELECT recorded_by_role FROM signoff.cabinet_consultation')).toEqual([
        { recorded_by_role: 'MINISTER' },
      ]);
      expect(await after.query('SELECT number, signed_by_role FROM signoff.signed_version ORDER BY number')).toEqual([
        { number: 1, signed_by_role: 'MINISTER' },
        { number: 2, signed_by_role: null },
      ]);
      // Who raised a review is not known from the record alone: it stays "not recorded".
      expect(await after.query('SELECT raised_by_role FROM signoff.moderation_flag')).toEqual([
        { raised_by_role: null },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
