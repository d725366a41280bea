import { useCallback, useMemo, useState } from 'react';
import { ConsoleConfig } from './config';
import { CsvButton } from './CsvButton';
import { RegionChoices } from './national-totals';
import { NationalTotals } from './NationalTotals';
import { failureText } from './region-failure';
import { RegionResult, RegionSection } from './RegionSection';
import { grantsOfToken, useSession } from './session';
import { countByStage } from './stages';

/** Every region side by side, each read live from its own gateway, and the totals across those that answered. */
export function NationalView({ config }: { config: ConsoleConfig }) {
  const session = useSession();
  const grants = useMemo(() => (session ? grantsOfToken(session.token) : []), [session]);
  const [results, setResults] = useState<Record<string, RegionResult>>({});
  const [stageFilter, setStageFilter] = useState<ReadonlySet<string>>(new Set());
  const onResult = useCallback((result: RegionResult) => {
    setResults((current) => {
      const was = current[result.code];
      const same =
        was &&
        was.status === result.status &&
        was.areas === result.areas &&
        was.choices === result.choices &&
        was.failure === result.failure;
      return same ? current : { ...current, [result.code]: result };
    });
  }, []);
  const answering = config.regions.map((r) => results[r.code]).filter((r): r is RegionResult => r?.status === 'ready');
  const missing = config.regions
    .map((r) => results[r.code])
    .filter((r): r is RegionResult => r?.status === 'unavailable');
  const areas = answering.flatMap((r) => r.areas);
  const withChoices: RegionChoices[] = answering
    .filter((r) => r.choices)
    .map((r) => ({ regionCode: r.code, regionName: r.name, choices: r.choices! }));
  const drafts = withChoices.some((r) => r.choices.scope === 'ALL');
  const toggle = (stage: string) =>
    setStageFilter((s) => (s.has(stage) ? new Set([...s].filter((x) => x !== stage)) : new Set([...s, stage])));
  const stages = countByStage(areas);

  return (
    <div>
      <header className="page">
        <h1 className="govuk-heading-xl">National view</h1>
        <p className="govuk-body" aria-live="polite" data-testid="national-summary">
          {config.regions.length} regions · {answering.length} answering · {areas.length} areas
        </p>
        {missing.length > 0 && (
          <div className="govuk-warning-text missing-regions" data-testid="missing-regions">
            <p className="govuk-body">
              <strong>Not in these totals: {missing.map((r) => r.name).join(', ')}.</strong>
            </p>
            <ul className="govuk-list">
              {missing.map((r) => (
                <li key={r.code}>
                  {r.name}: {r.failure ? failureText(r.failure) : 'no data.'}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="govuk-body-s" data-testid="choice-scope">
          {drafts
            ? 'Totals count every agreement of the round, drafts included.'
            : 'Totals count signed agreements only (public); central departments signed in see drafts too.'}
        </p>
        {areas.length > 0 && (
          <div className="stage-filter">
            <h2 className="govuk-heading-s" id="stage-filter-heading">
              Agreements by stage
            </h2>
            <ul className="stages" aria-labelledby="stage-filter-heading">
              {stages.map(([stage, count]) => (
                <li key={stage}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={stageFilter.has(stage)}
                    onClick={() => toggle(stage)}
                  >
                    <strong>{count}</strong> {stage}
                  </button>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s">
              {stageFilter.size
                ? `Showing areas at: ${[...stageFilter].join(', ')}.`
                : 'Choose stages to show only their areas.'}
              {stageFilter.size > 0 && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setStageFilter(new Set())}
                >
                  Show all stages
                </button>
              )}
            </p>
            <CsvButton
              table="agreements by stage"
              filename="agreements-by-stage.csv"
              header={['Stage', 'Areas']}
              rows={stages.map(([stage, count]) => [stage, count])}
            />
          </div>
        )}
        <p className="legend">
          <strong className="govuk-tag govuk-tag--yellow synthetic">Demo data (synthetic)</strong> marks generated
          agreements, not real ones.
        </p>
      </header>
      <NationalTotals regions={withChoices} />
      <h2 className="govuk-heading-l">Regions</h2>
      {config.regions.map((region) => (
        <RegionSection
          key={region.code}
          region={region}
          grants={grants}
          stageFilter={stageFilter}
          onResult={onResult}
        />
      ))}
    </div>
  );
}
