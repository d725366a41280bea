import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { compareIndicatorCodes } from '../indicator-order';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { RIVAL_FIGURES, RivalFiguresData } from './region-queries';
import { RegionPicker, regionOf } from './RegionPicker';
import { figureKey, Outcome, RivalFigureCard } from './RivalFigureCard';
import { useRegionalClient, useRunChange } from './use-region';
import { Breadcrumbs, Select } from '../govuk';

/** "No rival data": the region's figures on which sources disagree, and the choice of each figure of record with its reason. */
export function RivalDataPage({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const code = regionOf(config, regionCode);
  const { region, client } = useRegionalClient(config, code);
  if (!region || !client) return <PageNotice alert>Unknown region {code}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <div className="evidence rival-data" data-testid="rival-data-page">
        <Breadcrumbs items={[{ text: 'National view', href: href('') }, { text: `${region.name}: rival data` }]} />
        <h1 className="govuk-heading-l">Rival data: {region.name}</h1>
        <RegionPicker config={config} page="rival-data" regionCode={region.code} />
        <p className="govuk-body">
          Where two sources disagree on a figure, the area's partnership and its Government Office choose the figure of
          record, with a reason. Until then the figure is left out of trends and benchmarks. Every choice is kept.
        </p>
        <RivalFigures region={region} />
      </div>
    </ApolloProvider>
  );
}

type Figure = RivalFiguresData['all'][number];

/** By area, then indicator (national by number, then local), then period. */
const inOrder = (figures: Figure[]) =>
  [...figures].sort(
    (a, b) =>
      a.areaName.localeCompare(b.areaName) ||
      compareIndicatorCodes(a.indicatorCode, b.indicatorCode) ||
      a.period.localeCompare(b.period),
  );

function RivalFigures({ region }: { region: ConsoleRegion }) {
  const [area, setArea] = useState('');
  const { data, error, loading, refetch } = useQuery(RIVAL_FIGURES, {
    variables: { area: area || null },
    notifyOnNetworkStatusChange: true,
  });
  const run = useRunChange(refetch);
  // Kept here, not in the card: a choice moves the figure from one list to the other, and a conflict may too.
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  if (loading && !data)
    return (
      <p className="govuk-body" aria-live="polite">
        Asking the {region.name} gateway…
      </p>
    );
  if (error || !data)
    return (
      <p className="govuk-body" role="alert">
        {/Sign in|UNAUTHENTICATED/i.test(error?.message ?? '')
          ? 'Rival data is for signed-in users: sign in first.'
          : `The rival figures could not be read: ${error?.message ?? 'no answer'}.`}
      </p>
    );
  const resolved = inOrder(data.all.filter((f) => !f.unresolved));
  const card = (f: Figure) => (
    <RivalFigureCard
      key={figureKey(f)}
      regionCode={region.code}
      figure={f}
      run={run}
      outcome={outcomes[figureKey(f)] ?? null}
      onOutcome={(outcome) => setOutcomes((all) => ({ ...all, [figureKey(f)]: outcome }))}
    />
  );
  return (
    <div aria-busy={loading}>
      <Select label="Area" value={area} onChange={(e) => setArea(e.target.value)} data-testid="rival-area">
        <option value="">Every area of the region</option>
        {data.areas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </Select>
      <section aria-labelledby="open-heading" data-testid="rival-open">
        <h2 className="govuk-heading-m" id="open-heading">
          Waiting for a figure of record ({data.open.length})
        </h2>
        {data.open.length === 0 ? (
          <p className="govuk-body">None: every rival figure has a figure of record.</p>
        ) : (
          inOrder(data.open).map(card)
        )}
      </section>
      <section aria-labelledby="resolved-heading" data-testid="rival-resolved">
        <h2 className="govuk-heading-m" id="resolved-heading">
          Resolved ({resolved.length})
        </h2>
        {resolved.length === 0 ? <p className="govuk-body">None yet.</p> : resolved.map(card)}
      </section>
    </div>
  );
}
