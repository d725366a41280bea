import { ServiceNavigation as GovukServiceNavigation } from 'govuk-frontend';
import { ReactNode, useRef } from 'react';
import { GovukLogo } from './GovukLogo';
import { useGovukModule } from './use-govuk-module';

/**
 * GOV.UK header: the GOV.UK logo only; the service's name and its pages are in the service navigation below it. The
 * page wraps it, the navigation and the phase banner in one <header> landmark, as GOV.UK's page template does.
 */
export function Header() {
  return (
    <div className="govuk-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href="https://www.gov.uk/" className="govuk-header__homepage-link">
            <GovukLogo />
          </a>
        </div>
      </div>
    </div>
  );
}

export interface NavigationItem {
  text: string;
  href: string;
  current: boolean;
}

/** GOV.UK service navigation: the service's name and its pages; on a phone the pages fold behind a Menu button. */
export function ServiceNavigation({
  serviceName,
  serviceHref,
  items,
}: {
  serviceName: string;
  serviceHref: string;
  items: NavigationItem[];
}) {
  const root = useRef<HTMLElement>(null);
  useGovukModule(root, GovukServiceNavigation);
  return (
    <section
      ref={root}
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <a href={serviceHref} className="govuk-service-navigation__link">
              {serviceName}
            </a>
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <a
                    className="govuk-service-navigation__link"
                    href={item.href}
                    aria-current={item.current ? 'page' : undefined}
                  >
                    {item.current ? (
                      <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                    ) : (
                      item.text
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

/** GOV.UK phase banner: this is a beta, and where to say what is wrong. */
export function PhaseBanner({ phase, children }: { phase: string; children: ReactNode }) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}

/**
 * GOV.UK skip link. The console routes by the URL's hash, so following "#main-content" would change the page:
 * it moves focus to the main content itself instead.
 */
export function SkipLink({ target = 'main-content' }: { target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="govuk-skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}

/** GOV.UK footer: the licence and copyright lines GOV.UK services carry, and the source's own Crown copyright. */
export function Footer({ children }: { children?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {children}
            <span className="govuk-footer__licence-description">
              All content is available under the{' '}
              <a
                className="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/"
            >
              © Crown copyright
            </a>
          </div>
        </div>
      </div>
    </footer>
  );
}
