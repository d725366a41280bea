import { SubgraphName } from '@laa/config';

// The two operations of the gateway benchmark and the direct path for each: the query plan's subgraph fetches,
// made by the client and merged into the answer the gateway gives, so the paths can be checked to answer alike.

/** Posts one operation and returns its data; errors or no data throw. */
export type Post = <D>(url: string, query: string, variables: Record<string, unknown>) => Promise<D>;

/** Small: one area with its partnership, agreement, targets, indicators and sign-off. */
export const SMALL_OPERATION = `query BenchSmall($code: String!) { area(code: $code) { name partnership { name members { organisation } } agreement { id stage targets { id kind levels baseline { value period } indicator { code title polarity } } signOff { stage } } } }`;

/** Heavy: every area of the region with its agreement, targets, indicator titles, baselines and sign-off stage. */
export const HEAVY_OPERATION = `query BenchHeavy { areas { code name agreement { id stage targets { id kind levels baseline { value period } indicator { code title } } signOff { stage } } } }`;

// The query plan's fetches (partners, then agreements, then evidence and signoff in parallel), as
// @apollo/gateway plans them for the operations above against apps/gateway/supergraph.graphql.
const SMALL_AREA = `query BenchSmall__partners__0($code: String!) { area(code: $code) { __typename code name partnership { name members { organisation } } } }`;
const HEAVY_AREAS = `query BenchHeavy__partners__0 { areas { __typename code name } }`;
const AGREEMENTS_OF_AREAS = `query Bench__agreements__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { agreement { __typename id stage targets { id kind levels baseline { value period } indicator { __typename code } } } } } }`;
const indicatorsByCode = (fields: string) =>
  `query Bench__evidence__2($representations: [_Any!]!) { _entities(representations: $representations) { ... on Indicator { ${fields} } } }`;
const SIGNOFF_OF_AGREEMENTS = `query Bench__signoff__3($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agreement { signOff { stage } } } }`;

type Json = Record<string, unknown>;
interface Target {
  id: string;
  kind: string;
  levels: unknown;
  baseline: unknown;
  indicator: { code: string };
}
interface FetchedAgreement {
  id: string;
  stage: string;
  targets: Target[];
}
type Entities<E> = { _entities: (E | null)[] };

/** The small operation's answer, from the subgraphs directly. */
export async function smallDirect(urls: Record<SubgraphName, string>, post: Post, code: string): Promise<Json> {
  const { area } = await post<{ area: (Json & { code: string }) | null }>(urls.partners, SMALL_AREA, { code });
  if (!area) return { area: null };
  const [agreement] = await agreementsOf(urls, post, [area.code], ['code', 'title', 'polarity']);
  const { name, partnership } = area;
  return { area: { name, partnership, agreement } };
}

/** The heavy operation's answer, from the subgraphs directly. */
export async function heavyDirect(urls: Record<SubgraphName, string>, post: Post): Promise<Json> {
  const { areas } = await post<{ areas: { code: string; name: string }[] }>(urls.partners, HEAVY_AREAS, {});
  const agreements = await agreementsOf(
    urls,
    post,
    areas.map((area) => area.code),
    ['code', 'title'],
  );
  return { areas: areas.map((area, index) => ({ code: area.code, name: area.name, agreement: agreements[index] })) };
}

/** Each area's agreement (or null) with its targets' indicators and its sign-off merged in, in the operation's field order. */
async function agreementsOf(
  urls: Record<SubgraphName, string>,
  post: Post,
  areaCodes: string[],
  indicatorFields: string[],
): Promise<(Json | null)[]> {
  const fetched = await post<Entities<{ agreement: FetchedAgreement | null }>>(urls.agreements, AGREEMENTS_OF_AREAS, {
    representations: areaCodes.map((code) => ({ __typename: 'Area', code })),
  });
  const agreements = fetched._entities.map((entity) => entity?.agreement ?? null);
  const present = agreements.filter((agreement): agreement is FetchedAgreement => agreement !== null);
  // The gateway sends each distinct indicator once; so does this client.
  const codes = [...new Set(present.flatMap((agreement) => agreement.targets.map((target) => target.indicator.code)))];
  const [indicators, signOffs] = await Promise.all([
    codes.length
      ? post<Entities<Json & { code: string }>>(urls.evidence, indicatorsByCode(indicatorFields.join(' ')), {
          representations: codes.map((code) => ({ __typename: 'Indicator', code })),
        })
      : { _entities: [] },
    present.length
      ? post<Entities<{ signOff: Json }>>(urls.signoff, SIGNOFF_OF_AGREEMENTS, {
          representations: present.map((agreement) => ({ __typename: 'Agreement', id: agreement.id })),
        })
      : { _entities: [] },
  ]);
  const byCode = new Map(
    indicators._entities.flatMap((indicator) => (indicator ? [[indicator.code, indicator] as const] : [])),
  );
  const signOffById = new Map(
    present.map((agreement, index) => [agreement.id, signOffs._entities[index]?.signOff ?? null]),
  );
  return agreements.map(
    (agreement) =>
      agreement && {
        id: agreement.id,
        stage: agreement.stage,
        targets: agreement.targets.map(({ id, kind, levels, baseline, indicator }) => ({
          id,
          kind,
          levels,
          baseline,
          indicator: byCode.get(indicator.code) ?? null,
        })),
        signOff: signOffById.get(agreement.id) ?? null,
      },
  );
}
