import { useEffect, useState } from 'react';
import { ConsoleConfig } from './config';
import { PageFrame } from './page-frame';
import { PAGES } from './pages';
import { href, parseRoute } from './routes';
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
  const page = PAGES.find((p) => p.path === route.page);
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
        {page ? page.render({ config, params: route.params }) : <main><h1>Page not found</h1><p><a href={href('')}>Back to the national view</a></p></main>}
      </PageFrame>
    </>
  );
}
