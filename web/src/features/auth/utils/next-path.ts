/** Where the login page sends the user afterwards: `?next=` holds the page they were on. */
export const NEXT_PARAM = 'next';

/**
 * The page to return to after logging in, from the untrusted `next` query value: only paths on this
 * origin ("/history?robot=1"), never "//evil.example" or "https://…", which would make the login page an
 * open redirect; the login page itself would loop, so it falls back to the composer too.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  const path = raw.split(/[?#]/, 1)[0] ?? '';
  if (path === '/login' || path.startsWith('/login/')) return '/';
  return raw;
}

/** The login page's address, remembering `from` (a path with its query and hash) unless it is the start page. */
export function loginPath(from?: { pathname: string; search: string; hash: string }): string {
  if (!from) return '/login';
  const target = safeNextPath(`${from.pathname}${from.search}${from.hash}`);
  return target === '/' ? '/login' : `/login?${NEXT_PARAM}=${encodeURIComponent(target)}`;
}
