import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestWindow } from '../test-support/clients.ts';
import { startStack, type Stack } from '../test-support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const note = (content: string) => ({ msgtype: 'text' as const, text: { content } });

describe('pacing and digests', () => {
  it('never lets more than the limit reach a robot in any window, and is never throttled', async () => {
    const { limits } = stack;
    const a = await stack.addRobot();
    const b = await stack.addRobot();
    const count = 4 * limits.rateLimit + 2;
    const started = Date.now();
    const queued = await Promise.all(
      Array.from({ length: count }, (_, i) => stack.client.send((i % 4 === 3 ? b : a).robot.id, note(`alert ${i}`))),
    );
    const done = await stack.client.settle(queued.map((q) => q.json.id));
    expect(done.every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);

    for (const robot of [a, b]) {
      const times = (await stack.admin.inbox(robot.token)).map((e) => Date.parse(e.receivedAt));
      expect(busiestWindow(times, limits.windowMs)).toBeLessThanOrEqual(limits.rateLimit);
    }
    const aCount = done.filter((d) => d.robotId === a.robot.id).length;
    const minimum = (Math.ceil(aCount / limits.rateLimit) - 1) * limits.windowMs;
    expect(Date.now() - started).toBeGreaterThanOrEqual(minimum);
    // The check itself can fail: a burst of limit + 1 within one window is caught.
    expect(busiestWindow([0, 1, 2, 3, 4, limits.windowMs - 1], limits.windowMs)).toBe(6);
  });

  it("keeps the group's order that of the queue, when a request is slow and when one is retried", async () => {
    const { robot, token } = await stack.addRobot();
    // The first request answers late, the fourth fails once (5xx) and is retried: neither is overtaken.
    await stack.admin.fault({ kind: 'delay', ms: 300, count: 1, token });
    const count = 2 * stack.limits.rateLimit;
    const queued = [];
    for (let i = 0; i < count; i++) {
      if (i === 3) await stack.admin.fault({ kind: 'status', status: 502, count: 1, token });
      queued.push((await stack.client.send(robot.id, note(`in order ${i}`))).json);
    }
    const done = await stack.client.settle(queued.map((d) => d.id));
    expect(done.map((d) => d.status)).toEqual(queued.map(() => 'sent'));
    expect(done.some((d) => d.attempts === 2)).toBe(true);
    const arrived = (await stack.admin.inbox(token)).reverse().map((e) => e.msgUuid);
    expect(arrived).toEqual(queued.map((d) => d.message.msgUuid));
  });

  it('shows queue position and a rising ETA while deliveries wait', async () => {
    const { limits } = stack;
    const { robot, token } = await stack.addRobot();
    // Throttled on its first send, the robot rests for the cooldown: the whole queue waits, in order.
    await stack.admin.fault({ kind: 'throttle', errcode: 660026, count: 1, token });
    const count = 3 * limits.rateLimit;
    const queued = await Promise.all(
      Array.from({ length: count }, (_, i) => stack.client.send(robot.id, note(`eta ${i}`))),
    );
    const deadline = Date.now() + 5000;
    const throttled = async () =>
      (await stack.client.allDeliveries(`&robotId=${robot.id}`)).some((d) => d.errcode === 660026);
    while (Date.now() < deadline && !(await throttled())) await new Promise((resolve) => setTimeout(resolve, 20));
    const waiting = (await stack.client.allDeliveries(`&robotId=${robot.id}&status=queued`)).sort(
      (x, y) => x.queuePosition! - y.queuePosition!,
    );
    expect(waiting).toHaveLength(count);
    expect(waiting.map((d) => d.queuePosition)).toEqual(waiting.map((_, i) => i + 1));
    const etas = waiting.map((d) => Date.parse(d.eta!));
    expect(etas[0]!).toBeGreaterThanOrEqual(Date.parse(waiting[0]!.createdAt) + limits.cooldownMs);
    for (let i = 1; i < count; i++) expect(etas[i]!).toBeGreaterThanOrEqual(etas[i - 1]!);
    // Each lap of `rateLimit` sends waits a full window after the lap before it.
    for (let i = limits.rateLimit; i < count; i++)
      expect(etas[i]! - etas[i - limits.rateLimit]!).toBeGreaterThan(limits.windowMs);
    await stack.client.settle(queued.map((q) => q.json.id));
  });

  it('merges a flood for a coalescing robot into one digest, keyword included', async () => {
    const { limits } = stack;
    const { robot, token } = await stack.addRobot({ coalesce: true, keywords: ['告警'] });
    const count = 4 * limits.rateLimit;
    const queued = await Promise.all(
      Array.from({ length: count }, (_, i) => stack.client.send(robot.id, note(`告警 host-${i} disk full`))),
    );
    const ids = queued.map((q) => q.json.id);
    const done = await stack.client.settle(ids);
    const sent = done.filter((d) => d.status === 'sent');
    const digested = done.filter((d) => d.status === 'digested');
    expect(sent.length + digested.length).toBe(count);
    expect(digested.length).toBeGreaterThan(0);

    const digestIds = [...new Set(digested.map((d) => d.digestId!))];
    const digests = await stack.client.settle(digestIds);
    expect(digests.every((d) => d.status === 'sent' && d.message.msgtype === 'markdown')).toBe(true);
    const inbox = await stack.admin.inbox(token);
    // Each original shows once: on its own, or as a line of exactly one digest that reached the group.
    const texts = inbox.map((e) => (e.message.msgtype === 'markdown' ? e.message.markdown.text : ''));
    for (const d of digested) {
      const line = `- ${d.message.msgtype === 'text' ? d.message.text.content : ''}`;
      expect(texts.filter((t) => t.split('\n').includes(line))).toHaveLength(1);
    }
    expect(inbox.length).toBe(sent.length + digestIds.length);
    expect(inbox.length).toBeLessThan(count);
    const times = inbox.map((e) => Date.parse(e.receivedAt));
    expect(busiestWindow(times, limits.windowMs)).toBeLessThanOrEqual(limits.rateLimit);
  });
});
