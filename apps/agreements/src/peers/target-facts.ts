import { ruleViolation } from '@laa/errors';
import { entitiesOf, PeerSubgraphs } from '@laa/subgraph';
import { graphql } from './gql';
import type { BaselineValues } from '../rules/target-fields';

/** An area's Local Strategic Partnership as partners publishes it: who may lead or contribute to its targets. */
export interface PartnershipFacts {
  name: string | null;
  memberIds: Set<string>;
}

const PARTNERSHIP = graphql(`
  query AreaPartnership($code: String!) {
    area(code: $code) {
      partnership {
        name
        members {
          id
        }
      }
    }
  }
`);

// Evidence extends Area; asked directly, the evidence subgraph answers for the entity as the gateway would ask it.
const EVIDENCE_BASELINE = graphql(`
  query EvidenceBaseline($representations: [_Any!]!, $indicator: String!) {
    _entities(representations: $representations) {
      ... on Area {
        __typename
        indicatorEvidence(indicator: $indicator) {
          baseline {
            status
            period
            value
          }
          series {
            period
            observation {
              source
            }
          }
        }
      }
    }
  }
`);

/**
 * What target rules need from the region's other subgraphs, asked over GraphQL (agreements never
 * reads their tables). Asked before the change's transaction opens, so no lock waits on a peer.
 */
export class TargetFactsClient {
  constructor(private readonly peers: PeerSubgraphs) {}

  async partnershipOf(areaCode: string): Promise<PartnershipFacts> {
    const { area } = await this.peers.query('partners', PARTNERSHIP, { code: areaCode });
    const partnership = area?.partnership ?? null;
    return { name: partnership?.name ?? null, memberIds: new Set(partnership?.members.map((m) => m.id) ?? []) };
  }

  /** The area's figure of record for the indicator's latest period, or null where the evidence has none (or its sources disagree on it). */
  async evidenceBaseline(
    areaCode: string,
    indicatorCode: string,
    authorization: string | undefined,
  ): Promise<BaselineValues | null> {
    const answer = await this.peers.query(
      'evidence',
      EVIDENCE_BASELINE,
      { representations: [{ __typename: 'Area', code: areaCode }], indicator: indicatorCode },
      authorization,
    );
    const evidence = entitiesOf(answer._entities, 'Area')[0]?.indicatorEvidence;
    const { status, period, value } = evidence?.baseline ?? { status: 'PLACEHOLDER', period: null, value: null };
    if (status === 'PLACEHOLDER' || period === null || value === null) return null;
    const source = evidence?.series.find((f) => f.period === period)?.observation?.source ?? 'the evidence base';
    return {
      value,
      period,
      source: `Evidence base (figure of record): ${source}`,
      provisional: status === 'PROVISIONAL',
    };
  }
}

/** Lead and contributing partners of a target must sit at the area's partnership table. */
export function checkPartnersAreMembers(
  areaCode: string,
  partnership: PartnershipFacts,
  partners: { leadPartnerId?: string | null; contributingPartnerIds?: string[] | null },
): void {
  const named = [
    ...(partners.leadPartnerId ? [{ id: partners.leadPartnerId, as: 'lead partner' }] : []),
    ...(partners.contributingPartnerIds ?? []).map((id) => ({ id, as: 'contributing partner' })),
  ];
  const outsider = named.find((p) => !partnership.memberIds.has(p.id));
  if (!outsider) return;
  const table = partnership.name
    ? `area ${areaCode}'s partnership (${partnership.name})`
    : `area ${areaCode}'s partnership (none is recorded)`;
  throw ruleViolation(
    'PARTNER_NOT_MEMBER',
    `The ${outsider.as} ${outsider.id} is not a member of ${table}: lead and contributing partners must be members of the area's Local Strategic Partnership`,
  );
}

/** True when a change names any partner, i.e. when partners must be asked. */
export const namesPartners = (fields: {
  leadPartnerId?: string | null;
  contributingPartnerIds?: string[] | null;
}): boolean => !!fields.leadPartnerId || (fields.contributingPartnerIds?.length ?? 0) > 0;
