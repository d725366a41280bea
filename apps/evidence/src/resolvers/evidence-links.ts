import { badInput } from '@laa/errors';
import { entitiesOf } from '@laa/subgraph';
import { graphql } from '../peers/gql';
import { normaliseIndicatorCode } from '../services/indicator-code';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

/** Indicators a claim or an item may point at: live national ones, or this area's local ones. Returns the codes normalised. */
export async function checkIndicatorLinks(
  context: EvidenceContext,
  areaCode: string,
  codes: string[],
): Promise<string[]> {
  const normalised = [...new Set(codes.map(normaliseIndicatorCode))];
  const indicators = await evidenceLoaders(context).indicator.loadMany(normalised);
  const bad = normalised.filter((code, i) => {
    const indicator = indicators[i];
    return (
      !indicator ||
      indicator instanceof Error ||
      indicator.withdrawn ||
      (indicator.ownerArea !== null && indicator.ownerArea !== areaCode)
    );
  });
  if (bad.length > 0)
    throw badInput(`No live indicator of the national set or of area ${areaCode}: ${bad.join(', ')}`, {
      indicators: bad,
    });
  return normalised;
}

/** Soft intelligence a claim may point at: items recorded for the same area. */
export async function checkSoftEvidenceLinks(
  context: EvidenceContext,
  areaCode: string,
  ids: string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  const items = await evidenceLoaders(context).softEvidence.loadMany(unique);
  const bad = unique.filter((_, i) => {
    const item = items[i];
    return !item || item instanceof Error || item.areaCode !== areaCode;
  });
  if (bad.length > 0)
    throw badInput(`No soft intelligence of area ${areaCode} with id ${bad.join(', ')}`, { softEvidenceIds: bad });
  return unique;
}

const PRIORITY_AREAS = graphql(`
  query PriorityAreas($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Priority {
        __typename
        id
        area {
          code
        }
      }
    }
  }
`);

/** Priorities live in the agreements subgraph: ask it (as the caller) that each belongs to this area's agreement. */
export async function checkPriorityLinks(context: EvidenceContext, areaCode: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await context.services.peers.query(
    'agreements',
    PRIORITY_AREAS,
    { r: unique.map((id) => ({ __typename: 'Priority', id })) },
    context.authorization,
  );
  const priorities = entitiesOf(found._entities, 'Priority');
  const bad = unique.filter((_, i) => priorities[i]?.area.code !== areaCode);
  if (bad.length > 0)
    throw badInput(`No priority of area ${areaCode}'s agreement with id ${bad.join(', ')}`, { priorityIds: bad });
  return unique;
}
