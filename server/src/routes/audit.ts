import { auditQuerySchema } from '@dingpost/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { InvalidAuditCursorError } from '../services/accounts/audit-log.ts';

export function auditRoutes({ accounts }: Pick<AppDeps, 'accounts'>) {
  return new Hono<AppEnv>().get('/', validate('query', auditQuerySchema), async (c) => {
    try {
      return c.json(await accounts.audit.page(c.req.valid('query')), 200);
    } catch (error) {
      if (error instanceof InvalidAuditCursorError)
        throw invalid('Unknown cursor', [{ path: 'cursor', message: 'Use the nextCursor of a previous page' }]);
      throw error;
    }
  });
}
