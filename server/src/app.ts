import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { SyncDb } from './db/sync.ts';
import { allowedMethodsOf } from './http/allowed-methods.ts';
import { ApiException } from './http/errors.ts';
import { webApp } from './http/static.ts';
import type { Logger } from './logger.ts';
import type { RobotStore } from './services/robots/robot-store.ts';
import type { TemplateStore } from './services/templates/template-store.ts';
import type { Vault } from './services/vault.ts';
import { healthRoutes } from './routes/health.ts';
import { robotRoutes } from './routes/robots.ts';
import { templateRoutes } from './routes/templates.ts';
import { checkRoutes } from './routes/check.ts';
import { docsRoutes } from './routes/docs.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { sandboxRoutes } from './routes/sandbox.ts';
import { deliveryRoutes } from './routes/deliveries.ts';
import { createQueueForApp, type DeliveryService } from './services/deliveries/delivery-service.ts';
import type { Emulator } from './emulator/index.ts';
import { accessControl, requireAdminSession, type AppEnv } from './http/auth.ts';
import { securityHeaders } from './http/security-headers.ts';
import { bodyLimit } from './http/body-limit.ts';
import { turnBudget } from './http/turn-budget.ts';
import type { Accounts } from './services/accounts/index.ts';
import { authRoutes } from './routes/auth.ts';
import { userRoutes } from './routes/users.ts';
import { apiKeyRoutes } from './routes/api-keys.ts';
import { auditRoutes } from './routes/audit.ts';
import { accessRuleFor } from './routes/openapi-spec.ts';

/** Everything the routes need, built once in index.ts (or by a test) and injected. */
export type AppDeps = {
  config: Config;
  logger: Logger;
  db: Db;
  /** The same database, for queries that must run without awaiting (db/sync.ts). */
  sync: SyncDb;
  vault: Vault;
  robots: RobotStore;
  templates: TemplateStore;
  /** Users, sessions, API keys and the audit log. */
  accounts: Accounts;
  /** Where sends for the sandbox robot go (this server's /emulator); every other robot's go to config.dingtalkBaseUrl. */
  emulatorBaseUrl: string;
  /** The built-in DingTalk emulator, served at /emulator (absent in tests that do not need it). */
  emulator?: Emulator;
  /** The delivery queue; index.ts starts its worker. Absent: one is made that queues but never sends. */
  deliveries?: DeliveryService;
};

const MAX_BODY_BYTES = 1024 * 1024;
/** Request work per event-loop turn before the rest waits a turn (see turn-budget.ts). */
const TURN_BUDGET_MS = 0.5;

export function createApp(deps: AppDeps) {
  const deliveries = deps.deliveries ?? createQueueForApp({ ...deps, audit: deps.accounts.audit });
  const api = new Hono<AppEnv>()
    .use(turnBudget(TURN_BUDGET_MS))
    // Then: nothing of a request is read before its caller is known and allowed.
    .use(accessControl({ accounts: deps.accounts, ruleFor: accessRuleFor }))
    .use(
      bodyLimit(MAX_BODY_BYTES, (c) =>
        c.json({ error: { code: 'payload_too_large', message: 'The request body is larger than 1 MB' } }, 413),
      ),
    )
    .route('/health', healthRoutes())
    .route('/auth', authRoutes(deps))
    .route('/users', userRoutes(deps))
    .route('/api-keys', apiKeyRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/robots', robotRoutes({ ...deps, deliveries }))
    .route('/templates', templateRoutes(deps))
    .route('/messages', checkRoutes(deps))
    .route('/sandbox', sandboxRoutes(deps))
    .route('/deliveries', deliveryRoutes({ ...deps, deliveries }))
    .route('/', openApiRoutes())
    .route('/', docsRoutes());

  const allowedAt = allowedMethodsOf(() => app.routes);
  const app = new Hono<AppEnv>()
    .use(securityHeaders())
    .route('/api', api)
    .all('/api/*', (c) => {
      const allowed = allowedAt(c.req.path);
      if (allowed.length === 0) {
        // Routes match exactly: '/api/robots/' is not '/api/robots', so say which one was meant.
        const bare = c.req.path.replace(/\/+$/, '');
        const meant = bare !== c.req.path && allowedAt(bare).length > 0 ? ` (without the trailing slash: ${bare})` : '';
        return c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}${meant}` } }, 404);
      }
      c.header('Allow', allowed.join(', '));
      return c.json(
        {
          error: {
            code: 'method_not_allowed',
            message: `${c.req.method} is not allowed on ${c.req.path}: use ${allowed.join(', ')}`,
          },
        },
        405,
      );
    });

  app.onError((err, c) => {
    if (err instanceof ApiException) {
      if (err.retryAfterSeconds !== undefined) c.header('Retry-After', String(err.retryAfterSeconds));
      return c.json({ error: { code: err.code, message: err.message, issues: err.issues } }, err.status);
    }
    if (err instanceof HTTPException)
      return c.json({ error: { code: 'bad_request', message: err.message || 'Bad request' } }, err.status);
    deps.logger.error('unhandled error', { path: c.req.path, method: c.req.method, error: err });
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } },
      500,
    );
  });

  if (deps.emulator) {
    // The sandbox's send endpoint checks its own token and signature, as DingTalk does; its test
    // controls are an admin's.
    app.use('/emulator/_admin/*', requireAdminSession(deps.accounts));
    app.route('/emulator', deps.emulator.app);
  }
  app.route('/', webApp(deps.config.webDistDir));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
