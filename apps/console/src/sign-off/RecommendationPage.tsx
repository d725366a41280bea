import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ConsoleConfig } from '../config';
import { regionalClient } from '../regional-client';
import { RECOMMENDATION } from './sign-off-queries';

interface RecommendationData {
  agreement: { id: string; signOff: { stage: string; recommendation: { html: string; recommendedBy: string; generatedAt: string } | null } } | null;
}

/**
 * The Regional Director's recommendation, shown as the standard-format document itself (it carries its own
 * print stylesheet): "Print or save as PDF" prints just the document.
 */
export function RecommendationPage({ config, regionCode, agreementId }: { config: ConsoleConfig; regionCode: string; agreementId: string }) {
  const region = config.regions.find((r) => r.code === regionCode);
  const client = useMemo(() => regionalClient(region?.gatewayUrl ?? ''), [region?.gatewayUrl]);
  const { data, error, loading } = useQuery<RecommendationData>(RECOMMENDATION, { client, variables: { id: agreementId }, skip: !region });
  const recommendation = data?.agreement?.signOff.recommendation;
  const print = () => {
    const frame = document.getElementById('recommendation-document') as HTMLIFrameElement | null;
    frame?.contentWindow?.print();
  };
  if (!region) return <main><p role="alert">Unknown region {regionCode}</p></main>;
  return (
    <main className="recommendation-page">
      <header className="page no-print">
        <h1>Recommendation to Ministers</h1>
        {loading && <p aria-live="polite">Loading…</p>}
        {error && <p role="alert">{error.message} (sign in as a reader of this agreement)</p>}
        {data && !recommendation && <p>The Regional Director has not recommended this agreement yet ({data.agreement?.signOff.stage}).</p>}
        {recommendation && <button type="button" onClick={print}>Print or save as PDF</button>}
      </header>
      {recommendation && (
        <iframe id="recommendation-document" title="Recommendation" srcDoc={recommendation.html} style={{ width: '100%', minHeight: '80vh', border: '1px solid #ccc' }} />
      )}
    </main>
  );
}
