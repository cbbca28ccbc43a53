import type { RouterRoute } from 'hono/types';

/** A route path as Hono writes it ('/api/robots/:id') as a whole-path pattern; wildcards are left out. */
function patternOf(path: string): RegExp | undefined {
  if (path.includes('*')) return undefined;
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * The methods some route answers at a path, for a 405 and its Allow header (empty: no route has the path).
 * Middleware (method ALL) and wildcard fallbacks do not count. The patterns are made on first use.
 */
export function allowedMethodsOf(routes: () => readonly RouterRoute[]) {
  let compiled: { method: string; pattern: RegExp }[] | undefined;
  return (path: string): string[] => {
    compiled ??= routes().flatMap(({ method, path: routePath }) => {
      const pattern = method === 'ALL' ? undefined : patternOf(routePath);
      return pattern ? [{ method, pattern }] : [];
    });
    const methods = new Set(compiled.filter((route) => route.pattern.test(path)).map((route) => route.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}
