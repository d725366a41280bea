import { conflict, ruleViolation } from '@laa/errors';
import { DataSource, EntityManager, In } from 'typeorm';
import { StoryClaim, StoryOfPlace } from '../entities/story-of-place';

export interface StoryClaimFields {
  statement: string;
  indicatorCodes: string[];
  softEvidenceIds: string[];
}

export interface StoryFields {
  placeToday: string;
  ambition: string;
  claims: StoryClaimFields[];
  /** The Sustainable Community Strategy the version draws on, if linked. */
  communityStrategyId?: string | null;
}

/** The story of place: each write is a new version, never an overwrite; the LSP signs off one version. */
export class StoryOfPlaceService {
  constructor(private readonly db: DataSource) {}

  /** Every version of the areas' stories, newest first. */
  versionsOf(areaCodes: readonly string[]): Promise<StoryOfPlace[]> {
    return this.db
      .getRepository(StoryOfPlace)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { version: 'DESC' } });
  }

  claimsOf(storyIds: readonly string[]): Promise<StoryClaim[]> {
    return this.db
      .getRepository(StoryClaim)
      .find({ where: { storyId: In([...storyIds]) }, order: { position: 'ASC' } });
  }

  /** Writes version expectedVersion + 1; CONFLICT if someone wrote a version since the one read. */
  async write(
    areaCode: string,
    expectedVersion: number,
    fields: StoryFields,
    writtenBy: string,
    synthetic = false,
  ): Promise<StoryOfPlace> {
    return this.db.transaction(async (manager) => {
      const latest = await this.latestLocked(manager, areaCode);
      const current = latest?.version ?? 0;
      if (current !== expectedVersion) {
        throw conflict(
          `The story of place is at version ${current} (by ${latest?.writtenBy ?? 'nobody'}), not ${expectedVersion}: read it again`,
          { version: current, writtenBy: latest?.writtenBy ?? null },
        );
      }
      const stories = manager.getRepository(StoryOfPlace);
      const { id } = await stories.save(
        stories.create({
          areaCode,
          version: current + 1,
          placeToday: fields.placeToday,
          ambition: fields.ambition,
          communityStrategyId: fields.communityStrategyId ?? null,
          writtenBy,
          synthetic,
        }),
      );
      const claims = fields.claims.map((claim, i) => ({ ...claim, storyId: id, position: i + 1 }));
      if (claims.length > 0) await manager.getRepository(StoryClaim).insert(claims);
      return stories.findOneByOrFail({ id });
    });
  }

  /** Signs off the latest version for the LSP; a later version needs its own sign-off. */
  async signOff(areaCode: string, version: number, note: string, signedOffBy: string): Promise<StoryOfPlace> {
    return this.db.transaction(async (manager) => {
      const latest = await this.latestLocked(manager, areaCode);
      if (!latest) throw ruleViolation('NO_STORY', `Area ${areaCode} has no story of place to sign off yet`);
      if (latest.version !== version) {
        throw conflict(`Version ${version} is not the latest: the story is at version ${latest.version}`, {
          version: latest.version,
        });
      }
      if (latest.signedOffAt) {
        throw ruleViolation(
          'ALREADY_SIGNED_OFF',
          `Version ${version} was signed off by ${latest.signedOffBy} on ${latest.signedOffAt.toISOString().slice(0, 10)}`,
        );
      }
      await manager
        .getRepository(StoryOfPlace)
        .update({ id: latest.id }, { signedOffBy, signedOffAt: new Date(), signOffNote: note });
      return manager.getRepository(StoryOfPlace).findOneByOrFail({ id: latest.id });
    });
  }

  /** The latest version, locked: writers of one area's story queue behind each other. */
  private async latestLocked(manager: EntityManager, areaCode: string): Promise<StoryOfPlace | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('story:' || $1))`, [areaCode]);
    return manager.getRepository(StoryOfPlace).findOne({ where: { areaCode }, order: { version: 'DESC' } });
  }
}
