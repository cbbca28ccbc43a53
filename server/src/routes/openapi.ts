import { Hono } from 'hono';
import { openApiDocument } from './openapi-spec.ts';

export function openApiRoutes() {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return new Hono().get('/openapi.json', (c) => {
    document ??= openApiDocument();
    return c.json(document, 200);
  });
}
