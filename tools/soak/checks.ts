import { post } from './client';
import { Ledger } from './ledger';
import { LiveAgreement, readAgreements, RegionWorld } from './region-world';
import { Tally } from './tally';

export interface Check {
  name: string;
  checked: number;
  violations: string[];
}

/**
 * Signed equals live: every designated and statutory target of a signed agreement is live at the version its
 * latest signature covers, and nothing was added or removed, unless controlled refresh reopened it.
 */
export function signedEqualsLive(agreements: LiveAgreement[]): Check {
  const signed = agreements.filter((a) => a.signOff.stage === 'SIGNED');
  const violations = signed.flatMap((agreement) => {
    const latest = [...agreement.signOff.signedVersions].sort((a, b) => b.number - a.number)[0];
    if (!latest) return [`${agreement.areaCode}: SIGNED with no signed version`];
    const reopened = new Set(agreement.signOff.reopenedTargetIds);
    const signedAt = new Map(latest.targets.filter((t) => t.kind !== 'LOCAL').map((t) => [t.targetId, t.version]));
    const live = agreement.targets.filter((t) => t.kind !== 'LOCAL' && !reopened.has(t.id));
    const changed = live
      .filter((t) => signedAt.get(t.id) !== t.version)
      .map(
        (t) =>
          `${agreement.areaCode}: target ${t.id} live at v${t.version}, signed ${signedAt.has(t.id) ? `at v${signedAt.get(t.id)}` : 'never'}`,
      );
    const liveIds = new Set(agreement.targets.map((t) => t.id));
    const gone = [...signedAt.keys()]
      .filter((id) => !liveIds.has(id) && !reopened.has(id))
      .map((id) => `${agreement.areaCode}: signed target ${id} is gone`);
    return [...changed, ...gone];
  });
  return {
    name: `signed equals live, or a permit (${agreements[0]?.areaCode ?? 'no agreements'}...)`,
    checked: signed.length,
    violations,
  };
}

/** No lost update: each target the harness edited holds the version and levels of its last successful edit. */
export function noLostUpdate(region: string, agreements: LiveAgreement[], ledger: Ledger): Check {
  const live = new Map(agreements.flatMap((a) => a.targets).map((t) => [t.id, t]));
  const edits = [...ledger.edits].filter(([, edit]) => edit.region === region);
  const violations = edits.flatMap(([id, edit]) => {
    const target = live.get(id);
    if (!target) return [`target ${id}: edited, and now gone`];
    if (target.version !== edit.version)
      return [`target ${id}: live v${target.version}, last acknowledged edit v${edit.version}`];
    return target.levels.every((level, i) => level === edit.levels[i])
      ? []
      : [`target ${id}: levels ${target.levels.join('/')} are not the last acknowledged ${edit.levels.join('/')}`];
  });
  return { name: `no lost update (${region})`, checked: edits.length, violations };
}

/** At most one of a signature and an edit racing on the same target takes effect. */
export function racesSettled(ledger: Ledger): Check {
  const violations = ledger.races
    .filter((r) => r.signed && r.edited)
    .map((r) => `agreement ${r.agreementId}: signed and edited at once`);
  return { name: 'sign/edit races: not both', checked: ledger.races.length, violations };
}

/** One approval opens exactly one change, and only to the approved levels. */
export function permitsConsumedOnce(ledger: Ledger): Check {
  const violations = ledger.refreshes.flatMap((r) => [
    ...(r.editsLanded > 1 ? [`agreement ${r.agreementId}: one approval let ${r.editsLanded} edits in`] : []),
    ...(r.otherLevelsLanded ? [`agreement ${r.agreementId}: levels other than the approved ones landed`] : []),
  ]);
  return { name: 'refresh: one approval, one change, as approved', checked: ledger.refreshes.length, violations };
}

const OBSERVATIONS = `query ($code: String!) { area(code: $code) { observations { source } } }`;

/** Every import all or nothing, and what the gateway reported equals what is stored. */
export async function importsReconcile(world: RegionWorld, ledger: Ledger, tally: Tally): Promise<Check> {
  const mine = ledger.imports.filter((i) => i.region === world.region);
  const stored = new Map<string, number>();
  for (const code of world.areaCodes) {
    const answer = await post<{ area: { observations: { source: string }[] } }>(
      tally,
      world.url,
      OBSERVATIONS,
      { code },
      world.tokens.reader,
    );
    for (const o of answer.data?.area.observations ?? []) stored.set(o.source, (stored.get(o.source) ?? 0) + 1);
  }
  const violations = mine.flatMap((i) => {
    const rows = stored.get(i.source) ?? 0;
    if (i.outcome === 'imported' && rows !== i.reportedInserted)
      return [`${i.source}: reported ${i.reportedInserted} imported, ${rows} stored`];
    if (i.outcome === 'imported' && rows !== i.rows) return [`${i.source}: ${rows} of ${i.rows} rows stored`];
    if (i.outcome !== 'imported' && rows !== 0 && rows !== i.rows)
      return [`${i.source}: cut off, yet ${rows} of ${i.rows} rows stored (half an import)`];
    return [];
  });
  return { name: `imports all or nothing, counts reconcile (${world.region})`, checked: mine.length, violations };
}

/** Reads the region again and runs every check on it. */
export async function checkRegion(world: RegionWorld, ledger: Ledger, tally: Tally): Promise<Check[]> {
  const agreements = await readAgreements(world, tally);
  return [
    { ...signedEqualsLive(agreements), name: `signed equals live, or a permit (${world.region})` },
    noLostUpdate(world.region, agreements, ledger),
    await importsReconcile(world, ledger, tally),
  ];
}
