/**
 * A region whose gateway did not answer (not running, unreachable, or failing): one calm line, the same on every page
 * that reads all regions, with the gateway's own error for whoever hovers over it, and a retry where the page offers one.
 */
export function RegionUnavailable({ error, onRetry }: { error?: string; onRetry?: () => void }) {
  return (
    <p className="unavailable" role="status" title={error ? `The gateway's answer: ${error}` : undefined}>
      <strong>Region unavailable</strong>: its gateway did not answer.
      {onRetry && <button type="button" onClick={onRetry}>Retry</button>}
    </p>
  );
}
