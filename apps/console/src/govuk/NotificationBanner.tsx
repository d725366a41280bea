import { NotificationBanner as GovukNotificationBanner } from 'govuk-frontend';
import { ReactNode, useId, useRef } from 'react';
import { useGovukModule } from './use-govuk-module';

/**
 * GOV.UK notification banner. `success` is the outcome of something the person just did: it is announced and takes
 * focus (GOV.UK Frontend's script), so after a save the reader lands on "Saved."; the default is important news.
 */
export function NotificationBanner({
  success = false,
  title,
  children,
  testId,
}: {
  success?: boolean;
  title?: string;
  children: ReactNode;
  /** On the message itself, so a test reads the words without the banner's title. */ testId?: string;
}) {
  const root = useRef<HTMLDivElement>(null);
  useGovukModule(root, GovukNotificationBanner);
  const titleId = `banner-title-${useStableId()}`;
  return (
    <div
      ref={root}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {typeof children === 'string' ? (
          <p className="govuk-notification-banner__heading" data-testid={testId}>
            {children}
          </p>
        ) : (
          children
        )}
      </div>
    </div>
  );
}

const useStableId = () => useId().replace(/[^a-zA-Z0-9]/g, '');
