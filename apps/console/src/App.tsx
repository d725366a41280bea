import { useEffect, useState } from 'react';
import { ConsoleConfig } from './config';
import { Footer, Header, PhaseBanner, ServiceNavigation, SkipLink } from './govuk';
import { PageFrame } from './page-frame';
import { PAGES } from './pages';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { href, namesUnknownRegion, parseRoute } from './routes';
import { SignIn } from './SignIn';

const SERVICE_NAME = 'LAA Platform';

function useHash() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App({ config }: { config: ConsoleConfig }) {
  const hash = useHash();
  const route = parseRoute(hash);
  const known = PAGES.find((p) => p.path === route.page);
  const unknownRegion =
    known !== undefined &&
    namesUnknownRegion(
      route,
      config.regions.map((r) => r.code),
    );
  const page = unknownRegion ? undefined : known;
  const navigation = PAGES.filter((p) => p.nav).map((p) => ({
    text: p.nav ?? p.name,
    href: href(p.path),
    current: p === page,
  }));
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header />
        <ServiceNavigation serviceName={SERVICE_NAME} serviceHref={href('')} items={navigation} />
        <SignIn config={config} />
        <PhaseBanner phase="Beta">
          A service for negotiating Local Area Agreements, 2008 to 2011. Demo data is marked synthetic.
        </PhaseBanner>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <PageFrame name={page?.name ?? 'Page not found'} routeKey={hash}>
            {/* Keyed by the address: a page that failed does not stay failed once the person goes elsewhere. */}
            <ErrorBoundary key={hash}>
              {page ? (
                page.render({ config, params: route.params })
              ) : (
                <NotFound what={unknownRegion ? `There is no region ${route.params[0]}.` : undefined} />
              )}
            </ErrorBoundary>
          </PageFrame>
        </main>
      </div>
      <Footer />
    </>
  );
}
