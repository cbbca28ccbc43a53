import type { IncomingMessage } from 'node:http';
import { MSG_UUID_WINDOW_MS } from '@dingpost/shared';
import { Hono, type Context } from 'hono';
import { bodyLimit } from '../http/body-limit.ts';
import type { Logger } from '../logger.ts';
import { answers, type DingtalkAnswer } from './answers.ts';
import type { Fault, FaultQueue } from './faults.ts';
import type { Registry } from './registry.ts';
import { checkIp, checkKeywords, checkSignature } from './security.ts';
import { robotKey, type EmulatorStore } from './store.ts';
import { readWireMessage } from './wire.ts';

export type SendRouteDeps = {
  store: EmulatorStore;
  registry: Registry;
  faults: FaultQueue;
  limits: { rateLimit: number; rateWindowMs: number; cooldownMs: number };
  now: () => number;
  logger: Logger | undefined;
};

/** Reading stops here; anything over 20000 bytes is refused anyway. */
const READ_LIMIT_BYTES = 1024 * 1024;

const answer = (c: Context, a: DingtalkAnswer) => c.json(a, 200);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drops the TCP connection when served by @hono/node-server; in-process, a body that fails mid-stream. */
function resetConnection(c: Context): Response {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    incoming.socket.destroy();
    return new Response(null, { status: 200 });
  }
  const failing = new ReadableStream({ start: (ctrl) => ctrl.error(new Error('connection reset by the emulator')) });
  return new Response(failing, { status: 200 });
}

export function sendRoute(deps: SendRouteDeps) {
  const { store, registry, faults, limits, now, logger } = deps;

  /** A fault answers the request, or (delay) lets it go on. */
  async function applyFault(c: Context, fault: Fault, token: string | undefined): Promise<Response | undefined> {
    switch (fault.kind) {
      case 'delay':
        await sleep(fault.ms);
        return undefined;
      case 'status':
        return c.text(`emulated HTTP ${fault.status}`, fault.status as 500);
      case 'reset':
        return resetConnection(c);
      case 'errcode':
        return answer(c, { errcode: fault.errcode, errmsg: fault.errmsg });
      case 'throttle':
        if (token !== undefined) store.throttle(robotKey(token), now() + limits.cooldownMs);
        return answer(c, {
          errcode: fault.errcode,
          errmsg: answers.throttled(limits.rateLimit, limits.rateWindowMs).errmsg,
        });
    }
  }

  async function handle(c: Context): Promise<DingtalkAnswer | Response> {
    const token = c.req.query('access_token') || undefined;
    const fault = faults.take(token);
    if (fault) {
      const faulted = await applyFault(c, fault, token);
      if (faulted) return faulted;
    }
    if (token === undefined) return answers.tokenMissing;
    const robot = registry.get(token);
    if (!robot) return answers.tokenUnknown;
    const key = robotKey(token);

    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const ipFailure = checkIp(robot, incoming?.socket.remoteAddress);
    if (ipFailure) return ipFailure;
    const signFailure = checkSignature(robot, c.req.query('timestamp'), c.req.query('sign'), now());
    if (signFailure) return signFailure;
    if ((store.throttledUntil(key) ?? 0) > now()) return answers.coolingDown(limits.rateLimit, limits.rateWindowMs);

    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type.trim())) return answers.badContentType;
    const wire = readWireMessage(new Uint8Array(await c.req.arrayBuffer()));
    if (!wire.ok) return wire.answer;
    const keywordFailure = checkKeywords(robot, wire.message);
    if (keywordFailure) return keywordFailure;

    // From here on synchronous: the window check and the insert cannot interleave with another request.
    const at = now();
    const uuid = wire.message.msgUuid;
    if (uuid !== undefined && store.hasUuidSince(key, uuid, at - MSG_UUID_WINDOW_MS)) return answers.ok;
    if (store.countSince(key, at - limits.rateWindowMs) >= limits.rateLimit) {
      store.throttle(key, at + limits.cooldownMs);
      return answers.throttled(limits.rateLimit, limits.rateWindowMs);
    }
    store.insert(key, robot.name, wire.message, at);
    return answers.ok;
  }

  return new Hono()
    .post(
      '/robot/send',
      bodyLimit(READ_LIMIT_BYTES, (c) => answer(c, answers.tooLong(null))),
      async (c) => {
        const result = await handle(c);
        if (result instanceof Response) return result;
        logger?.debug('emulator answered', { errcode: result.errcode, errmsg: result.errmsg });
        return answer(c, result);
      },
    )
    .all('/robot/send', (c) => answer(c, answers.postOnly));
}
