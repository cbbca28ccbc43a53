import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Delivery } from '@dingpost/shared';
import { dingpostClient, emulatorAdmin, newRobotCredentials } from '../server/src/test-support/clients.ts';
import { report } from './report.ts';
import { apiKeyOf, request, withStack } from './server-stack.ts';

const GROUP = 'server';
const BURST = { count: 200, rateLimit: 20, windowMs: 500 };

/** 200 deliveries to one robot at once: paced to the window, never throttled, close to the minimum time. */
export async function burst(): Promise<void> {
  const limits = {
    EMULATOR_RATE_LIMIT: String(BURST.rateLimit),
    EMULATOR_RATE_WINDOW_MS: String(BURST.windowMs),
    EMULATOR_COOLDOWN_MS: '600000',
  };
  await withStack(
    limits,
    { ROBOT_RATE_LIMIT: String(BURST.rateLimit), ROBOT_RATE_WINDOW_MS: String(BURST.windowMs) },
    async (emulator, dingpost) => {
      const client = dingpostClient(dingpost.url, dingpost.auth);
      const admin = emulatorAdmin(emulator.url);
      const newRobot = async (name: string) => {
        const { token, secret } = newRobotCredentials();
        await admin.registerRobot({ token, secret, keywords: [] });
        const robot = await client.createRobot({
          name,
          webhook: `${emulator.url}/robot/send?access_token=${token}`,
          secret,
        });
        return { robot, token };
      };
      const { robot, token } = await newRobot('burst');
      // Warm, as the other runs are (and as a server is after its first sends): the script's connections
      // are open and the send path has run, on a robot of its own (its own window), before the clock starts.
      // What is timed is dingpost taking in and pacing the burst, not a client dialling 200 sockets or
      // first-call compilation.
      const agent = new http.Agent({ keepAlive: true, maxSockets: BURST.count });
      const auth = await apiKeyOf(dingpost);
      const warmUp = await newRobot('warm-up');
      const post = (robotId: string, i: number) =>
        request(
          `${dingpost.url}/api/deliveries?wait=1`,
          {
            method: 'POST',
            auth,
            body: JSON.stringify({ robotId, message: { msgtype: 'text', text: { content: `burst ${i}` } } }),
          },
          agent,
        );
      await Promise.all(
        Array.from({ length: BURST.count }, () => request(`${dingpost.url}/api/health`, { method: 'GET' }, agent)),
      );
      await Promise.all(Array.from({ length: 2 * BURST.rateLimit }, (_, i) => post(warmUp.robot.id, i)));
      const startedAt = Date.now();
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: BURST.count }, (_, i) => post(robot.id, i)));
      const elapsed = performance.now() - started;
      agent.destroy();
      const deliveries = answers.map((a) => JSON.parse(a.text) as Delivery);
      const throttled = deliveries.filter((d) => d.status !== 'sent' || d.attempts !== 1 || d.errcode !== 0).length;
      const inbox = await admin.inbox(token);
      const minimum = (Math.ceil(BURST.count / BURST.rateLimit) - 1) * BURST.windowMs;
      console.log(
        `    ${BURST.count} deliveries, ${BURST.rateLimit} per ${BURST.windowMs} ms: ${elapsed.toFixed(0)} ms ` +
          `(theoretical minimum ${minimum} ms); ${inbox.length} reached the group`,
      );
      // Where the time beyond the minimum goes: taking in the burst before the first window fills, the
      // drift of each window past its length, and the last window's own spread.
      const received = inbox.map((m) => Date.parse(m.receivedAt) - startedAt).sort((a, b) => a - b);
      const lapStarts = received.filter((_, i) => i % BURST.rateLimit === 0);
      const drift = (lapStarts[lapStarts.length - 1]! - lapStarts[0]!) / (lapStarts.length - 1) - BURST.windowMs;
      console.log(
        `    first message in the group after ${received[0]} ms, the ${BURST.rateLimit}th after ` +
          `${received[BURST.rateLimit - 1]} ms; each window ${drift.toFixed(1)} ms longer than ${BURST.windowMs} ms; ` +
          `the last window spread over ${received[received.length - 1]! - lapStarts[lapStarts.length - 1]!} ms`,
      );
      report(GROUP, 'burst: deliveries not sent first time (throttled or retried)', throttled, '', { max: 0 });
      report(GROUP, 'burst: total time / theoretical minimum', elapsed / minimum, '×', { max: 1.05 });
      if (inbox.length !== BURST.count)
        console.log(`    MISS: the emulator received ${inbox.length}, not ${BURST.count}`);
    },
  );
}
