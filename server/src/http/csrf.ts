import type { Context } from 'hono';
import { ApiException } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value || value === 'null') return null;
  try {
    return new URL(value).host;
  } catch {
    return null;
  }
}

/**
 * The host the request was addressed to. Scheme is left out on purpose: behind a TLS-terminating
 * proxy the server sees http while the browser's Origin says https, for the same site.
 */
function requestHost(c: Context): string {
  return new URL(c.req.url).host;
}

const refused = (why: string) => new ApiException(403, 'cross_origin', `Cross-site request refused: ${why}`);
const COOKIE_FROM_ELSEWHERE = 'a request made with the session cookie must come from this site (Origin header)';
const LOGIN_FROM_ELSEWHERE = 'log in on this site’s own page (a script logging in sends no Origin header)';

/**
 * CSRF protection for cookie-authenticated state changes: the browser's Origin (or, failing that,
 * Referer) must name this very host. SameSite=Lax already keeps the cookie off cross-site POSTs; this
 * also covers same-site attackers (a sibling subdomain) and old browsers. Bodies are JSON only
 * (validate.ts answers 415 to anything else), which a plain HTML form cannot send. API-key requests
 * carry no ambient credential and are exempt.
 */
export function requireSameOrigin(c: Context): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
  if (origin !== requestHost(c)) throw refused(COOKIE_FROM_ELSEWHERE);
}

/** For login, which has no cookie yet: a browser's cross-site login (login CSRF) is refused; a script sends no Origin. */
export function refuseForeignOrigin(c: Context): void {
  const header = c.req.header('origin');
  if (header === undefined) return;
  if (originOf(header) !== requestHost(c)) throw refused(LOGIN_FROM_ELSEWHERE);
}
