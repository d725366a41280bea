import { useEffect, useState } from 'react';
import { ConsoleConfig } from './config';
import { PageFrame } from './page-frame';
import { PAGES } from './pages';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { href, namesUnknownRegion, parseRoute } from './routes';
import { SignIn } from './SignIn';

function useHashRoute() {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App({ config }: { config: ConsoleConfig }) {
  const route = useHashRoute();
  const known = PAGES.find((p) => p.path === route.page);
  const unknownRegion = known !== undefined && namesUnknownRegion(route, config.regions.map((r) => r.code));
  const page = unknownRegion ? undefined : known;
  return (
    <>
      <nav className="top" aria-label="Console">
        <strong>LAA Platform</strong>
        {PAGES.filter((p) => p.nav).map((p) => (
          <a key={p.path} href={href(p.path)} aria-current={p === page ? 'page' : undefined}>{p.nav}</a>
        ))}
        <SignIn config={config} />
      </nav>
      <PageFrame name={page?.name ?? 'Page not found'}>
        {/* Keyed by the address: a page that failed does not stay failed once the person goes elsewhere. */}
        <ErrorBoundary key={window.location.hash}>
          {page ? page.render({ config, params: route.params }) : <NotFound what={unknownRegion ? `There is no region ${route.params[0]}.` : undefined} />}
        </ErrorBoundary>
      </PageFrame>
    </>
  );
}
