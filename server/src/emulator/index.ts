import { RATE_LIMIT_PER_MINUTE, THROTTLE_COOLDOWN_MS, type SandboxMessage } from '@dingpost/shared';
import { Hono } from 'hono';
import { ApiException } from '../http/errors.ts';
import type { Logger } from '../logger.ts';
import { adminRoutes } from './admin-routes.ts';
import { answers } from './answers.ts';
import { createFaultQueue } from './faults.ts';
import { createRegistry } from './registry.ts';
import { sendRoute } from './send-route.ts';
import { openEmulatorStore, robotKey } from './store.ts';

export type EmulatorOptions = {
  /** Where emulator.sqlite lives; null keeps the inbox in memory. */
  dataDir?: string | null;
  /** Accepted messages per robot in any rateWindowMs; one more throttles the robot. */
  rateLimit?: number;
  rateWindowMs?: number;
  /** How long a throttled robot is refused. */
  cooldownMs?: number;
  logger?: Logger;
  /** Serve /_admin (test controls). */
  admin?: boolean;
  /** The emulator's clock (tests). */
  now?: () => number;
};

/**
 * A stand-in for DingTalk's custom-robot endpoint. Routes are relative: POST /robot/send and /_admin/*;
 * the server mounts it at /emulator, so the send base URL is http://host:port/emulator.
 */
export function createEmulator(opts: EmulatorOptions = {}) {
  const now = opts.now ?? Date.now;
  const limits = {
    rateLimit: opts.rateLimit ?? RATE_LIMIT_PER_MINUTE,
    rateWindowMs: opts.rateWindowMs ?? 60_000,
    cooldownMs: opts.cooldownMs ?? THROTTLE_COOLDOWN_MS,
  };
  const store = openEmulatorStore(opts.dataDir ?? null);
  const registry = createRegistry();
  const faults = createFaultQueue();

  const app = new Hono().route('/', sendRoute({ store, registry, faults, limits, now, logger: opts.logger }));
  if (opts.admin ?? true) app.route('/_admin', adminRoutes({ store, registry, faults, now }));
  app.onError((err, c) => {
    if (err instanceof ApiException)
      return c.json({ error: { code: err.code, message: err.message, issues: err.issues } }, err.status);
    opts.logger?.error('emulator error', { path: c.req.path, error: err });
    // What DingTalk itself says when something breaks on its side.
    if (c.req.path.endsWith('/robot/send')) return c.json({ errcode: -1, errmsg: '系统繁忙' }, 200);
    return c.json({ error: { code: 'internal', message: 'The emulator failed; it has been logged.' } }, 500);
  });

  const inbox = {
    /** Accepted messages, newest first; only one robot's when token is given. */
    list(filter: { token?: string; limit?: number } = {}): SandboxMessage[] {
      const key = filter.token === undefined ? undefined : robotKey(filter.token);
      return store
        .list({ key, limit: filter.limit })
        .map(({ id, receivedAt, message }) => ({ id, receivedAt, message }));
    },
    count: () => store.count(),
    clear: () => store.clear(),
  };

  return {
    app,
    registry: { ensureRobot: registry.ensureRobot, remove: registry.remove },
    inbox,
    faults: { push: faults.push, clear: faults.clear, pending: faults.pending },
    limits,
    close: () => store.close(),
  };
}

export type Emulator = ReturnType<typeof createEmulator>;
export { answers };
