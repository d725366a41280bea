import { createContext, ReactNode, RefObject, useContext, useEffect, useRef } from 'react';
import { followPageChange } from './page-focus';

const PRODUCT = 'LAA Platform';

/** The page's name from the page registry, for what it shows before its own heading (loading, refused, unknown). */
const PageName = createContext('');

/**
 * The browser tab names the page after its one H1 ("Sheffield 00CG agreement – LAA Platform"), else after the page's
 * name; a page showing an error summary starts with "Error: ", as GOV.UK pages do.
 */
export function documentTitle(heading: string | null | undefined, pageName: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${heading?.replace(/\s+/g, ' ').trim() || pageName} – ${PRODUCT}`;
}

function useDocumentTitle(frame: RefObject<HTMLDivElement | null>, pageName: string): void {
  useEffect(() => {
    const node = frame.current;
    if (!node) return;
    const update = () => {
      const title = documentTitle(
        node.querySelector('h1')?.textContent,
        pageName,
        node.querySelector('.govuk-error-summary') !== null,
      );
      if (document.title !== title) document.title = title;
    };
    update();
    // Pages name themselves once their data has come (an area's name, a region's), so the title follows the heading.
    const observer = new MutationObserver(update);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [frame, pageName]);
}

/**
 * Where every page renders: one place names the browser tab, and on a change of page puts keyboard focus on the
 * new page's H1 and the scroll where the reader left that page (or the top), for every page alike.
 */
export function PageFrame({ name, routeKey, children }: { name: string; routeKey: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useDocumentTitle(frame, name);
  useEffect(() => (frame.current ? followPageChange(frame.current, routeKey) : undefined), [routeKey]);
  return (
    <PageName.Provider value={name}>
      <div ref={frame}>{children}</div>
    </PageName.Provider>
  );
}

/**
 * A page that cannot show its content (yet): the page's name as its heading and one line saying why; a refusal or an
 * unknown place is an alert, waiting a status. `children` is the line; `after` whatever the page still offers.
 */
export function PageNotice({
  alert = false,
  children,
  after,
}: {
  alert?: boolean;
  children: ReactNode;
  after?: ReactNode;
}) {
  const name = useContext(PageName);
  return (
    <div className="notice">
      <h1 className="govuk-heading-l">{name}</h1>
      <p className="govuk-body" role={alert ? 'alert' : 'status'}>
        {children}
      </p>
      {after}
    </div>
  );
}
