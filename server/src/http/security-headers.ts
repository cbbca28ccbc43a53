import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';

/**
 * No inline script anywhere (a page that needs one allows it by hash); inline styles stay allowed
 * because MUI/emotion injects <style> elements at run time. Images may come from any http(s) host:
 * DingTalk messages link pictures hosted anywhere and the preview shows them.
 */
export function contentSecurityPolicy(opts: { scriptHashes?: readonly string[] } = {}): string {
  const scripts = ["'self'", ...(opts.scriptHashes ?? []).map((hash) => `'sha256-${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: http: data:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

const HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** On every answer, errors and static files included; a route may set a stricter CSP of its own. */
export function securityHeaders(): MiddlewareHandler {
  const headers = Object.entries({ 'Content-Security-Policy': contentSecurityPolicy(), ...HEADERS });
  return async (c, next) => {
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing) {
      // Served by Node: on the response itself, under whatever the route answers (the route's own
      // headers win when Node merges them), with no web Headers object built per request.
      for (const [name, value] of headers) outgoing.setHeader(name, value);
      return next();
    }
    // In-process (app.request): set up front, they go into every response the route makes with
    // c.json/c.body/…; a route's own c.header() wins.
    for (const [name, value] of headers) c.header(name, value);
    await next();
    // A Response built by hand does not carry them: add them there.
    const answer = c.res.headers;
    if (answer.has('X-Content-Type-Options')) return;
    for (const [name, value] of headers)
      if (name !== 'Content-Security-Policy' || !answer.has(name)) answer.set(name, value);
  };
}
