import { useCallback, useEffect, useState } from 'react';

export type Page =
  | 'icps'
  | 'icp'
  | 'companies'
  | 'build'
  | 'settings'
  | 'lists'
  | 'list'
  | 'trends';
const PAGES: readonly Page[] = [
  'icps',
  'icp',
  'companies',
  'build',
  'settings',
  'lists',
  'list',
  'trends',
];

export interface Route {
  page: Page;
  /** `#icp/<id>`: the ICP being edited; `#list/<id>`: the list shown. */
  id?: string;
  /** `#icp/new?template=<id>`: a new ICP from a template. */
  template?: string;
}

/** `#companies`, `#icp/<id>`, `#icp/new?template=security-vendor` → a route; anything else → ICPs. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = path.split('/');
  const known = PAGES.find((p) => p === page) ?? 'icps';
  const template = new URLSearchParams(query).get('template') ?? undefined;
  return {
    page: known,
    ...(known === 'icp' && id && id !== 'new' && { id: decodeURIComponent(id) }),
    ...(known === 'list' && id && { id: decodeURIComponent(id) }),
    ...(known === 'icp' && template && { template }),
  };
}

/** The dashboard's pages live in the URL hash, so reload, back and bookmarks work; no router needed. */
export function useHashRoute(): { route: Route; navigate: (hash: string) => void } {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((hash: string) => {
    location.hash = hash;
  }, []);
  return { route, navigate };
}
