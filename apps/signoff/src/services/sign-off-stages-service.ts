import { entitiesOf, PeerSubgraphs } from '@laa/subgraph';
import { DataSource, In, IsNull } from 'typeorm';
import { ModerationFlag } from '../entities/moderation-flag';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { SignOffStageSummary } from '../entities/sign-off-stage-summary';
import { graphql } from '../peers/gql';

const AREAS = graphql(`
  query RegionAreas {
    areas {
      code
      name
    }
  }
`);
const AGREEMENTS = graphql(`
  query AreaAgreements($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Area {
        __typename
        code
        agreement {
          id
          stage
        }
      }
    }
  }
`);

/** The region's sign-off board: every area's agreement and its sign-off stage, in three statements and two peer calls. */
export class SignOffStagesService {
  constructor(
    private readonly db: DataSource,
    private readonly peers: PeerSubgraphs,
  ) {}

  async ofRegion(): Promise<SignOffStageSummary[]> {
    const { areas } = await this.peers.query('partners', AREAS, {});
    const answer = await this.peers.query('agreements', AGREEMENTS, {
      representations: areas.map((a) => ({ __typename: 'Area', code: a.code })),
    });
    const _entities = entitiesOf(answer._entities, 'Area').flatMap((e) => (e ? [e] : []));
    const agreements = new Map(_entities.map((e) => [e.code, e.agreement]));
    const ids = _entities.flatMap((e) => (e.agreement ? [e.agreement.id] : []));
    const [signOffs, flags, lastSteps] = await Promise.all([
      this.db.getRepository(SignOff).findBy({ agreementId: In(ids) }),
      this.db.getRepository(ModerationFlag).findBy({ agreementId: In(ids), resolvedAt: IsNull() }),
      this.db
        .getRepository(SignOffStep)
        .createQueryBuilder('step')
        .select('step.agreement_id', 'agreementId')
        .addSelect('max(step.taken_at)', 'lastStepAt')
        .addSelect('bool_or(step.synthetic)', 'synthetic')
        .where('step.agreement_id IN (:...ids)', { ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] })
        .groupBy('step.agreement_id')
        .getRawMany<{ agreementId: string; lastStepAt: Date | string; synthetic: boolean }>(),
    ]);
    const signOffOf = new Map(signOffs.map((s) => [s.agreementId, s]));
    const reviewed = new Set(flags.map((f) => f.agreementId));
    const lastOf = new Map(lastSteps.map((s) => [s.agreementId, new Date(s.lastStepAt)]));
    const synthetic = new Set(lastSteps.filter((s) => s.synthetic === true).map((s) => s.agreementId));
    return areas.map((area) => {
      const agreement = agreements.get(area.code) ?? null;
      const signOff = agreement ? signOffOf.get(agreement.id) : undefined;
      return {
        areaCode: area.code,
        areaName: area.name,
        agreement: agreement ? { id: agreement.id } : null,
        negotiationStage: agreement?.stage ?? null,
        stage: signOff?.stage ?? SignOffStage.NOT_STARTED,
        version: signOff?.version ?? 0,
        underReview: agreement ? reviewed.has(agreement.id) : false,
        lastStepAt: agreement ? (lastOf.get(agreement.id) ?? null) : null,
        synthetic: agreement ? synthetic.has(agreement.id) : false,
      };
    });
  }
}
