import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../test-support/stack.ts';

let stack: Stack;
const MAX_IN_FLIGHT = 2;

beforeAll(async () => {
  stack = await startStack({ serverEnv: { ROBOT_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT) } });
});
afterAll(async () => {
  await stack?.close();
});

const note = (content: string) => ({ msgtype: 'text' as const, text: { content } });

describe('kill -9 mid-backlog', () => {
  it('resumes after a SIGKILL and sends every delivery exactly once', async () => {
    const { limits } = stack;
    const robots = [await stack.addRobot(), await stack.addRobot()];
    // Slow answers keep sends in flight, so the kill lands while one is 'sending' (possibly received).
    for (const { token } of robots) await stack.admin.fault({ kind: 'delay', ms: 300, count: 4, token });
    const count = 3 * limits.rateLimit;
    const queued = [];
    for (let i = 0; i < count; i++)
      queued.push((await stack.client.send(robots[i % 2]!.robot.id, note(`backlog ${i}`))).json);

    const deadline = Date.now() + 10_000;
    let inFlight = 0;
    while (Date.now() < deadline) {
      const all = await stack.client.allDeliveries();
      inFlight = all.filter((d) => d.status === 'sending').length;
      if (inFlight > 0 && all.some((d) => d.status === 'sent')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(inFlight).toBeGreaterThan(0);
    await stack.restartServer('SIGKILL');

    const done = await stack.client.settle(queued.map((d) => d.id));
    expect(done.map((d) => d.status)).toEqual(queued.map(() => 'sent'));
    const uuids = (await Promise.all(robots.map(({ token }) => stack.admin.inbox(token)))).flat().map((e) => e.msgUuid);
    expect(uuids).toHaveLength(count);
    expect(new Set(uuids)).toEqual(new Set(queued.map((d) => d.message.msgUuid)));
    // Only what was in flight at the kill went out again; nothing already sent did.
    const resent = done.filter((d) => d.attempts > 1).length;
    expect(resent).toBeGreaterThan(0);
    expect(resent).toBeLessThanOrEqual(robots.length * MAX_IN_FLIGHT);
    expect(stack.leaks()).toEqual([]);
  });
});
