import { failureText, RegionFailure } from './region-failure';

/**
 * A region whose gateway gave no data, said plainly and the same on every page that reads all regions: not running
 * (no connection, no answer in time) or answered with an error (its status and reason), and a retry where the page
 * offers one.
 */
export function RegionUnavailable({
  failure,
  error,
  onRetry,
}: {
  failure?: RegionFailure;
  error?: string;
  onRetry?: () => void;
}) {
  const line = failure ? failureText(failure) : `Its gateway did not answer${error ? `: ${error}` : '.'}`;
  return (
    <div className="unavailable govuk-inset-text" role="status" data-failure={failure?.kind}>
      <p className="govuk-body">
        <strong>Region unavailable.</strong> {line}
      </p>
      {onRetry && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={onRetry}
        >
          Retry
        </button>
      )}
    </div>
  );
}
