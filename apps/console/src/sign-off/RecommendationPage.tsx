import { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConsoleConfig } from '../config';
import { signOffStages } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { RECOMMENDATION, RECOMMENDATION_PDF } from './sign-off-queries';
import { useRegion } from './use-gateway';

interface RecommendationData {
  agreement: { id: string; signOff: { stage: string; recommendation: { html: string; recommendedBy: string; generatedAt: string } | null } } | null;
}

interface PdfData {
  agreement: { signOff: { recommendation: { pdf: { fileName: string; mediaType: string; base64: string } | null } | null } } | null;
}

/** Saves the recommendation's PDF (rendered by the signoff subgraph from the same content, under the same access). */
async function downloadPdf(client: ApolloClient, agreementId: string): Promise<void> {
  const { data } = await client.query<PdfData>({ query: RECOMMENDATION_PDF, variables: { id: agreementId }, fetchPolicy: 'network-only' });
  const file = data?.agreement?.signOff.recommendation?.pdf;
  if (!file) throw new Error('No PDF for this recommendation');
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The Regional Director's recommendation, shown as the standard-format document itself; "Download PDF" saves the
 * same document as a PDF, and "Print" prints just the document (it carries its own print stylesheet).
 */
export function RecommendationPage({ config, regionCode, agreementId }: { config: ConsoleConfig; regionCode: string; agreementId: string }) {
  const { region, client } = useRegion(config, regionCode);
  const { data, error, loading } = useQuery<RecommendationData>(RECOMMENDATION, { client: client ?? undefined, variables: { id: agreementId }, skip: !client });
  const [pdfError, setPdfError] = useState<string | null>(null);
  const recommendation = data?.agreement?.signOff.recommendation;
  const print = () => {
    const frame = document.getElementById('recommendation-document') as HTMLIFrameElement | null;
    frame?.contentWindow?.print();
  };
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  return (
    <main className="recommendation-page">
      <header className="page no-print">
        <p><a href={href('sign-off', regionCode, agreementId)}>Back to the agreement&apos;s sign-off</a></p>
        <h1>Recommendation to Ministers</h1>
        {loading && <p aria-live="polite">Loading…</p>}
        {error && <p role="alert">{error.message} (sign in as a reader of this agreement)</p>}
        {data && !recommendation && <p>The Regional Director has not recommended this agreement yet (sign-off stage: {signOffStages.label(data.agreement?.signOff.stage ?? 'NOT_STARTED')}).</p>}
        {recommendation && (
          <p>
            <button type="button" onClick={() => void downloadPdf(client, agreementId).then(() => setPdfError(null), (e: Error) => setPdfError(e.message))}>Download PDF</button>{' '}
            <button type="button" onClick={print}>Print</button>
          </p>
        )}
        {pdfError && <p role="alert">{pdfError}</p>}
      </header>
      {recommendation && (
        <iframe id="recommendation-document" title="Recommendation" srcDoc={recommendation.html} style={{ width: '100%', minHeight: '80vh', border: '1px solid #ccc', background: '#fff' }} />
      )}
    </main>
  );
}
