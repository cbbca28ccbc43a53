import type { AccessRule } from '../http/auth.ts';
import { ACCOUNT_OPERATIONS } from './openapi/accounts.ts';
import { DELIVERY_OPERATIONS, SANDBOX_OPERATIONS } from './openapi/deliveries.ts';
import { buildDocument } from './openapi/document.ts';
import { DOCS_OPERATIONS, HEALTH_OPERATIONS } from './openapi/meta.ts';
import type { Operation } from './openapi/operation.ts';
import { ROBOT_OPERATIONS } from './openapi/robots.ts';
import { MESSAGE_OPERATIONS, TEMPLATE_OPERATIONS } from './openapi/templates.ts';

/** Every route under /api. routes/openapi.test.ts checks this list against the routes the app mounts. */
export const OPERATIONS: Operation[] = [
  ...HEALTH_OPERATIONS,
  ...ROBOT_OPERATIONS,
  ...TEMPLATE_OPERATIONS,
  ...MESSAGE_OPERATIONS,
  ...DELIVERY_OPERATIONS,
  ...SANDBOX_OPERATIONS,
  ...ACCOUNT_OPERATIONS,
  ...DOCS_OPERATIONS,
];

const RULES = new Map(OPERATIONS.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op.access]));

/** The access rule of the operation at this mounted route (`GET`, `/api/robots/:id`), if it is one. */
export function accessRuleFor(method: string, path: string): AccessRule | undefined {
  return RULES.get(`${method} ${path}`);
}

/** The OpenAPI 3.1 document, generated from the shared zod schemas the routes validate with. */
export function openApiDocument() {
  return buildDocument(OPERATIONS);
}
