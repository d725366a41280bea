import { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConsoleConfig } from '../config';
import type { RecommendationQuery } from '../gql/graphql';
import { signOffStages } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { RECOMMENDATION, RECOMMENDATION_PDF } from './sign-off-queries';
import { useRegion } from './use-gateway';
import { formatDate } from '../dates';
import { person, plainWords } from '../words';
import { Button, ButtonGroup } from '../govuk';

type RecommendationVersion = NonNullable<NonNullable<RecommendationQuery['agreement']>['signOff']['recommendation']>;

/** Saves a version's PDF (rendered by the signoff subgraph from the same content, under the same access). */
async function downloadPdf(client: ApolloClient, agreementId: string, version: number): Promise<void> {
  const { data } = await client.query({
    query: RECOMMENDATION_PDF,
    variables: { id: agreementId },
    fetchPolicy: 'network-only',
  });
  const signOff = data?.agreement?.signOff;
  const file = [signOff?.recommendation, ...(signOff?.earlierRecommendations ?? [])].find(
    (r) => r?.version === version,
  )?.pdf;
  if (!file) throw new Error('No PDF for this recommendation');
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const download =
    version === signOff?.recommendation?.version
      ? file.fileName
      : file.fileName.replace(/\.pdf$/, `-version-${version}.pdf`);
  const link = Object.assign(document.createElement('a'), { href: url, download });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Every recommendation the RD made, the current one first, each a link to read it as it was. */
function RecommendationVersions({
  regionCode,
  agreementId,
  all,
  shown,
}: {
  regionCode: string;
  agreementId: string;
  all: RecommendationVersion[];
  shown: number;
}) {
  if (all.length < 2) return null;
  return (
    <nav aria-label="Versions of the recommendation" data-testid="recommendation-versions">
      <p className="govuk-body">
        The Regional Director recommended this agreement {all.length} times (targets changed in between); each document
        is kept as it was:
      </p>
      <ul className="govuk-list">
        {all.map((r, i) => {
          const label = `Version ${r.version}${i === 0 ? ' (current)' : ''}, by ${person(r.recommendedBy)}, ${formatDate(r.generatedAt)}`;
          return (
            <li key={r.version}>
              {r.version === shown ? (
                <strong>{label}</strong>
              ) : (
                <a className="govuk-link" href={href('recommendation', regionCode, agreementId, String(r.version))}>
                  {label}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The Regional Director's recommendation, shown as the standard-format document itself (the current one, or an
 * earlier version); "Download PDF" saves the same document as a PDF, and "Print" prints just the document (it
 * carries its own print stylesheet).
 */
export function RecommendationPage({
  config,
  regionCode,
  agreementId,
  version,
}: {
  config: ConsoleConfig;
  regionCode: string;
  agreementId: string;
  version?: number;
}) {
  const { region, client } = useRegion(config, regionCode);
  const { data, error, loading } = useQuery(RECOMMENDATION, {
    client: client ?? undefined,
    variables: { id: agreementId },
    skip: !client,
  });
  const [pdfError, setPdfError] = useState<string | null>(null);
  const signOff = data?.agreement?.signOff;
  const all = signOff?.recommendation ? [signOff.recommendation, ...signOff.earlierRecommendations] : [];
  const recommendation = all.find((r) => r.version === version) ?? all[0];
  const print = () => {
    const frame = document.getElementById('recommendation-document') as HTMLIFrameElement | null;
    frame?.contentWindow?.print();
  };
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  return (
    <div className="recommendation-page">
      <header className="page no-print">
        <p className="govuk-body">
          <a className="govuk-link" href={href('sign-off', regionCode, agreementId)}>
            Back to the agreement&apos;s sign-off
          </a>
        </p>
        <h1 className="govuk-heading-l">Recommendation to Ministers</h1>
        {loading && (
          <p className="govuk-body" aria-live="polite">
            Loading…
          </p>
        )}
        {error && (
          <p className="govuk-body" role="alert">
            {plainWords(error.message)} (sign in as a reader of this agreement)
          </p>
        )}
        {data && version !== undefined && recommendation && recommendation.version !== version && (
          <p className="govuk-body" role="alert">
            There is no version {version}: showing the current recommendation.
          </p>
        )}
        {recommendation && (
          <RecommendationVersions
            regionCode={regionCode}
            agreementId={agreementId}
            all={all}
            shown={recommendation.version}
          />
        )}
        {data && !recommendation && (
          <p className="govuk-body" data-testid="no-recommendation">
            The Regional Director has not recommended this agreement yet (sign-off stage:{' '}
            {signOffStages.label(data.agreement?.signOff.stage ?? 'NOT_STARTED')}).
          </p>
        )}
        {recommendation && (
          <ButtonGroup>
            <Button
              type="button"
              onClick={() =>
                void downloadPdf(client, agreementId, recommendation.version).then(
                  () => setPdfError(null),
                  (e: Error) => setPdfError(e.message),
                )
              }
            >
              Download PDF
            </Button>
            <Button type="button" variant="secondary" onClick={print}>
              Print
            </Button>
          </ButtonGroup>
        )}
        {pdfError && (
          <p className="govuk-body" role="alert">
            {pdfError}
          </p>
        )}
      </header>
      {recommendation && <iframe id="recommendation-document" title="Recommendation" srcDoc={recommendation.html} />}
    </div>
  );
}
