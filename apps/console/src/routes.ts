/** Console pages, addressed by the URL hash (#/area/E12000008/00ML) so the static server needs no routes. */
export interface Route {
  page: string;
  params: string[];
}

export function parseRoute(hash: string): Route {
  const [page = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { page, params };
}

export function href(page: string, ...params: string[]): string {
  return `#/${[page, ...params].map(encodeURIComponent).join('/')}`;
}

/** Pages whose first parameter is a region code (`#/sign-off/E12000003/<agreement>`). */
const REGION_PAGES = new Set([
  'round',
  'maa',
  'sign-off',
  'people',
  'commitments',
  'recommendation',
  'agreement',
  'evidence',
  'evidence-import',
  'rival-data',
]);

/**
 * Whether a route names a region the console does not know: such a URL is "Page not found" (with the navigation
 * intact), not a page that fails. Unknown areas and agreements are known only once the region's gateway answers.
 */
export function namesUnknownRegion(route: Route, regionCodes: readonly string[]): boolean {
  const region = route.params[0];
  return REGION_PAGES.has(route.page) && region !== undefined && !regionCodes.includes(region);
}
