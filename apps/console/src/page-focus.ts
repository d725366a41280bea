/** Where the reader was on each page they have left, by the page's URL hash. */
const scrollByRoute = new Map<string, number>();
let previousRoute: string | null = null;
let remembering = false;

/**
 * Notes where the reader was as they leave a page: at the hash change itself, before the next page replaces the
 * content (a shorter page would already have pulled the scroll up by the time it renders).
 */
function rememberScrollOnLeaving(): void {
  if (remembering) return;
  remembering = true;
  window.addEventListener('hashchange', (event) => scrollByRoute.set(new URL(event.oldURL).hash, window.scrollY));
}

/** The page's content settles within this long (its data arrives); after it the page is left to the reader. */
const SETTLE_MS = 5000;

/**
 * On a change of page: remember where the reader was on the page they left, then, while the new page loads,
 * keep focus on its H1 (a loading heading is replaced by the loaded one) and bring the scroll back to where they were
 * on this page before (the top for a page not seen yet). The first page of a visit keeps the browser's own focus.
 * Stops at the reader's first key, click or scroll, so it never fights them.
 */
export function followPageChange(frame: HTMLElement, route: string): () => void {
  rememberScrollOnLeaving();
  const firstPage = previousRoute === null;
  previousRoute = route;
  const wanted = scrollByRoute.get(route) ?? 0;
  let settled = false;
  const settle = () => {
    settled = true;
    observer.disconnect();
    ['keydown', 'mousedown', 'wheel', 'touchstart'].forEach((kind) => window.removeEventListener(kind, settle, true));
  };
  const follow = () => {
    if (settled) return;
    const heading = frame.querySelector('h1');
    if (
      !firstPage &&
      heading &&
      document.activeElement !== heading &&
      (document.activeElement === document.body ||
        !frame.contains(document.activeElement) ||
        document.activeElement?.tagName === 'MAIN')
    ) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    if (Math.abs(window.scrollY - wanted) > 1) window.scrollTo(0, wanted);
  };
  const observer = new MutationObserver(follow);
  observer.observe(frame, { childList: true, subtree: true });
  ['keydown', 'mousedown', 'wheel', 'touchstart'].forEach((kind) => window.addEventListener(kind, settle, true));
  follow();
  const timer = window.setTimeout(settle, SETTLE_MS);
  return () => {
    window.clearTimeout(timer);
    settle();
  };
}
