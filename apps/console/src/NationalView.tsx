import { useCallback, useState } from 'react';
import { ConsoleConfig } from './config';
import { RegionResult, RegionSection } from './RegionSection';
import { countByStage } from './stages';

/** Every region side by side, each read live from its own gateway. */
export function NationalView({ config }: { config: ConsoleConfig }) {
  const [results, setResults] = useState<Record<string, RegionResult>>({});
  const onResult = useCallback((result: RegionResult) => {
    setResults((current) => (current[result.code]?.status === result.status && current[result.code]?.areas === result.areas ? current : { ...current, [result.code]: result }));
  }, []);
  const answering = Object.values(results).filter((r) => r.status === 'ready');
  const areas = answering.flatMap((r) => r.areas);

  return (
    <div>
      <header className="page">
        <h1>National view</h1>
        <p aria-live="polite">
          {config.regions.length} regions · {answering.length} answering · {areas.length} areas
        </p>
        {areas.length > 0 && (
          <ul className="stages" aria-label="Agreements by stage">
            {countByStage(areas).map(([stage, count]) => (
              <li key={stage}><strong>{count}</strong> {stage}</li>
            ))}
          </ul>
        )}
        <p className="legend"><span className="synthetic">Demo data (synthetic)</span> marks generated agreements, not real ones.</p>
      </header>
      {config.regions.map((region) => (
        <RegionSection key={region.code} region={region} onResult={onResult} />
      ))}
    </div>
  );
}
