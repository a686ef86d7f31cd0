import { useEffect, useState } from 'react';

/** Pages live in the URL's fragment, so the gateway serves one index.html for the whole app. */
export type Route = { page: 'worklist'; worklist: string } | { page: 'child'; id: string };

export function parseRoute(hash: string): Route {
  const child = /^#\/child\/([^/]+)$/.exec(hash);
  if (child) return { page: 'child', id: decodeURIComponent(child[1]) };
  const worklist = /^#\/list\/([a-z-]+)$/.exec(hash);
  return { page: 'worklist', worklist: worklist ? worklist[1] : 'civil-status-gaps' };
}

export const childHref = (id: string): string => `#/child/${encodeURIComponent(id)}`;
export const worklistHref = (name: string): string => `#/list/${name}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
