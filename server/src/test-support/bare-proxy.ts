import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { DingtalkMessage } from '@dingpost/shared';
import { Hono } from 'hono';
import { sendToDingtalk } from '../services/dingtalk/client.ts';

/**
 * About the least a send through a Node server costs (the benchmark prints it for scale): one robot,
 * and per request only the HTTP in and out, with dingpost's own HTTP client and signing. No login, no
 * validation, no queue, no database. `POST /send {message}` answers once DingTalk (the emulator) has.
 */
const target = {
  baseUrl: process.env.DINGTALK_BASE_URL ?? '',
  token: process.env.ROBOT_TOKEN ?? '',
  secret: process.env.ROBOT_SECRET || null,
};
const app = new Hono().post('/send', async (c) => {
  const { message } = await c.req.json<{ message: DingtalkMessage }>();
  const outcome = await sendToDingtalk(target, { ...message, msgUuid: randomUUID() });
  return c.json({ status: outcome.kind === 'sent' ? 'sent' : 'failed', errcode: outcome.errcode });
});
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ event: 'bare-proxy-listening', url: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
