import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConsoleConfig } from '../config';
import { themes } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { IndicatorSection } from './IndicatorSection';
import { LocalIndicatorForm } from './LocalIndicatorForm';
import { ProfileSection } from './ProfileSection';
import { EVIDENCE_PROFILE } from './queries';
import { PlaceSections } from './PlaceSections';
import { useEvidenceCapabilities, useRegionalClient } from './use-region';
import { NotFound } from '../NotFound';
import { Breadcrumbs } from '../govuk';

/** An area's shared evidence base: the profile by theme, one indicator in depth, the story of place and soft intelligence. */
export function EvidencePage({
  config,
  regionCode,
  areaCode,
  indicatorCode,
}: {
  config: ConsoleConfig;
  regionCode: string;
  areaCode: string;
  indicatorCode: string;
}) {
  const { region, client } = useRegionalClient(config, regionCode);
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <AreaEvidence
        regionCode={region.code}
        regionName={region.name}
        areaCode={areaCode.toUpperCase()}
        indicatorCode={indicatorCode.toUpperCase()}
      />
    </ApolloProvider>
  );
}

function AreaEvidence({
  regionCode,
  regionName,
  areaCode,
  indicatorCode,
}: {
  regionCode: string;
  regionName: string;
  areaCode: string;
  indicatorCode: string;
}) {
  const [theme, setTheme] = useState('');
  // The indicator the page opened on (kept from the first render): only a later choice moves focus to it.
  const [opened] = useState(indicatorCode);
  const can = useEvidenceCapabilities({ region: regionCode, area: areaCode });
  const { data, previousData, error, loading, refetch } = useQuery(EVIDENCE_PROFILE, {
    variables: { area: areaCode, theme: themes.codes.find((code) => code === theme) ?? null },
  });
  // While another theme loads, the page keeps showing the last one (marked busy) rather than blanking.
  const shown = data ?? previousData;
  const area = shown?.area;
  if (loading && !shown) return <PageNotice>Asking the {regionName} gateway…</PageNotice>;
  if (!error && !area) return <NotFound what={`There is no area ${areaCode} in ${regionName}.`} />;
  if (error || !area)
    return (
      <PageNotice alert>
        The evidence of area {areaCode} could not be read: {error?.message ?? 'no such area in this region'}.
      </PageNotice>
    );
  return (
    <div className="evidence" data-testid="evidence-page">
      <Breadcrumbs items={[{ text: 'National view', href: href('') }, { text: regionName }, { text: area.name }]} />
      <header>
        <h1 className="govuk-heading-l">
          {area.name} <code>{area.code}</code>: evidence base
        </h1>
        <p className="govuk-body links">
          {area.agreement && (
            <a className="govuk-link" href={href('agreement', regionCode, area.agreement.id)}>
              Agreement
            </a>
          )}
          <a className="govuk-link" href={href('rival-data', regionCode)}>
            Rival data in {regionName}
          </a>
          <a className="govuk-link" href={href('evidence-import', regionCode)}>
            Import evidence
          </a>
        </p>
        <p className="govuk-body legend">
          One shared evidence base: figures of record, trends and benchmarks everyone negotiates from.{' '}
          <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span> marks generated demo data, never
          published statistics;{' '}
          <span className="govuk-tag govuk-tag--purple flag reference unverified">unverified</span> and{' '}
          <span className="govuk-tag govuk-tag--purple flag reference inferred">inferred</span> mark reference values
          not taken from a source.
        </p>
      </header>
      <div className="evidence-columns">
        <ProfileSection
          regionCode={regionCode}
          areaCode={area.code}
          rows={area.evidenceProfile}
          selected={indicatorCode}
          theme={theme}
          onTheme={setTheme}
          busy={loading}
        >
          {can.defineLocalIndicators && <LocalIndicatorForm areaCode={area.code} refetch={refetch} />}
        </ProfileSection>
        {indicatorCode ? (
          <IndicatorSection
            key={indicatorCode}
            regionCode={regionCode}
            areaCode={area.code}
            indicatorCode={indicatorCode}
            focus={indicatorCode !== opened}
          />
        ) : (
          <section className="indicator-detail" aria-label="Indicator">
            <p className="govuk-body">
              Choose an indicator in the profile to see its series, direction of travel, baseline and benchmark.
            </p>
          </section>
        )}
      </div>
      <PlaceSections regionCode={regionCode} areaCode={area.code} indicatorCode={indicatorCode} />
    </div>
  );
}
