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
