import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamingBodyLimit } from 'hono/body-limit';

/**
 * Refuses bodies over `maxBytes`. Hono's own bodyLimit looks at `c.req.raw.body` first, which makes
 * @hono/node-server build a full web Request around the socket (a ReadableStream, an AbortSignal):
 * on a small JSON request that costs more than the route. Here a request that says its length
 * (Content-Length, no Transfer-Encoding: Node's parser holds the body to exactly that) is judged by the
 * header alone, and the body is then read by the adapter's fast path; only chunked or unsized bodies
 * are counted as they stream in.
 */
export function bodyLimit(maxBytes: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streaming = streamingBodyLimit({ maxSize: maxBytes, onError });
  return async (c, next) => {
    if (c.req.header('transfer-encoding') === undefined) {
      const length = c.req.header('content-length');
      if (length !== undefined) return Number(length) > maxBytes ? onError(c) : next();
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    }
    return streaming(c, next);
  };
}
