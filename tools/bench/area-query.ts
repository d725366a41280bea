import { SubgraphName } from '@laa/config';
import { Caller, postGraphql } from './graphql-client';

/** The benchmarked operation: one area with its partnership, agreement, targets, indicators and sign-off. */
export const AREA_OPERATION = `query Bench($code: String!) { area(code: $code) { name partnership { name members { organisation } } agreement { id stage targets { id kind levels baseline { value period } indicator { code title polarity } } signOff { stage } } } }`;

interface Indicator {
  code: string;
  title: string | null;
  polarity: string | null;
}

interface Target {
  id: string;
  kind: string;
  levels: (number | null)[];
  baseline: { value: number; period: string } | null;
  indicator: Indicator;
}

interface Agreement {
  id: string;
  stage: string;
  targets: Target[];
  signOff: { stage: string };
}

interface Area {
  name: string;
  partnership: { name: string; members: { organisation: string }[] } | null;
  agreement: Agreement | null;
}

/** What one answer must show: the area and how many targets its agreement came back with. */
export interface AreaAnswer {
  areaName: string;
  targetCount: number;
}

export type AreaRequest = (areaCode: string) => Promise<AreaAnswer>;

/** The operation through the region's gateway, which plans and makes the subgraph fetches itself. */
export function throughGateway(gatewayUrl: string, caller: Caller): AreaRequest {
  return async (areaCode) => {
    const data = await postGraphql<{ area: Area | null }>(gatewayUrl, AREA_OPERATION, { code: areaCode }, caller);
    return answerOf(areaCode, data.area);
  };
}

// The four fetches of the gateway's query plan for AREA_OPERATION (checked with @apollo/query-planner
// against apps/gateway/supergraph.graphql): partners, then agreements, then evidence and signoff in parallel.
const PARTNERS_AREA = `query Bench__partners__0($code: String!) { area(code: $code) { __typename code name partnership { name members { organisation } } } }`;
const AGREEMENTS_OF_AREAS = `query Bench__agreements__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { agreement { __typename id stage targets { id kind levels baseline { value period } indicator { __typename code } } } } } }`;
const EVIDENCE_INDICATORS = `query Bench__evidence__2($representations: [_Any!]!) { _entities(representations: $representations) { ... on Indicator { code title polarity } } }`;
const SIGNOFF_OF_AGREEMENTS = `query Bench__signoff__3($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { signOff { stage } } } }`;

type Entities<E> = { _entities: (E | null)[] };

/** The same data resolved by the subgraphs directly: the client makes the query plan's fetches and merges them. */
export function fromSubgraphs(subgraphUrls: Record<SubgraphName, string>, caller: Caller): AreaRequest {
  return async (areaCode) => {
    const { area } = await postGraphql<{ area: (Omit<Area, 'agreement'> & { code: string }) | null }>(
      subgraphUrls.partners,
      PARTNERS_AREA,
      { code: areaCode },
      caller,
    );
    if (!area) return answerOf(areaCode, null);
    const agreements = await postGraphql<Entities<{ agreement: Omit<Agreement, 'signOff'> | null }>>(
      subgraphUrls.agreements,
      AGREEMENTS_OF_AREAS,
      { representations: [{ __typename: 'Area', code: area.code }] },
      caller,
    );
    const agreement = agreements._entities[0]?.agreement ?? null;
    if (!agreement) return answerOf(areaCode, { ...area, agreement: null });
    // The gateway sends each distinct indicator once; so does this client.
    const codes = [...new Set(agreement.targets.map((target) => target.indicator.code))];
    const [indicators, signOffs] = await Promise.all([
      postGraphql<Entities<Indicator>>(
        subgraphUrls.evidence,
        EVIDENCE_INDICATORS,
        { representations: codes.map((code) => ({ __typename: 'Indicator', code })) },
        caller,
      ),
      postGraphql<Entities<{ signOff: { stage: string } }>>(
        subgraphUrls.signoff,
        SIGNOFF_OF_AGREEMENTS,
        { representations: [{ __typename: 'Agreement', id: agreement.id }] },
        caller,
      ),
    ]);
    return answerOf(areaCode, {
      ...area,
      agreement: mergeAgreement(agreement, indicators._entities, signOffs._entities[0]),
    });
  };
}

/** Puts the evidence and signoff entities into the agreement, as the gateway does when it flattens the plan. */
function mergeAgreement(
  agreement: Omit<Agreement, 'signOff'>,
  indicators: (Indicator | null)[],
  signOff: { signOff: { stage: string } } | null | undefined,
): Agreement {
  const byCode = new Map(indicators.flatMap((indicator) => (indicator ? [[indicator.code, indicator] as const] : [])));
  const targets = agreement.targets.map((target) => {
    const indicator = byCode.get(target.indicator.code);
    if (!indicator) throw new Error(`evidence did not resolve indicator ${target.indicator.code}`);
    return { ...target, indicator };
  });
  if (!signOff) throw new Error(`signoff did not resolve agreement ${agreement.id}`);
  return { ...agreement, targets, signOff: signOff.signOff };
}

function answerOf(areaCode: string, area: Area | null): AreaAnswer {
  if (!area) throw new Error(`area ${areaCode} not found`);
  if (!area.agreement) throw new Error(`area ${areaCode} has no agreement`);
  return { areaName: area.name, targetCount: area.agreement.targets.length };
}
