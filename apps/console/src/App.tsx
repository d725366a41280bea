import { useEffect, useState } from 'react';
import { ConsoleConfig } from './config';
import { Footer, Header, PhaseBanner, ServiceNavigation, SkipLink } from './govuk';
import { PageFrame } from './page-frame';
import { PAGES } from './pages';
import { href, parseRoute } from './routes';
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
  const page = PAGES.find((p) => p.path === route.page);
  const navigation = PAGES.filter((p) => p.nav).map((p) => ({ text: p.nav ?? p.name, href: href(p.path), current: p === page }));
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header />
        <ServiceNavigation serviceName={SERVICE_NAME} serviceHref={href('')} items={navigation} />
        <SignIn config={config} />
        <PhaseBanner phase="Beta">A service for negotiating Local Area Agreements, 2008 to 2011. Demo data is marked synthetic.</PhaseBanner>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <PageFrame name={page?.name ?? 'Page not found'} routeKey={hash}>
            {page ? page.render({ config, params: route.params }) : <><h1 className="govuk-heading-l">Page not found</h1><p className="govuk-body"><a className="govuk-link" href={href('')}>Back to the national view</a></p></>}
          </PageFrame>
        </main>
      </div>
      <Footer />
    </>
  );
}
