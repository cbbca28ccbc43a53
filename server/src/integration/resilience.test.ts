import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../test-support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const note = (content: string) => ({ msgtype: 'text' as const, text: { content } });

/** The delivery as soon as DingTalk's throttling answer is recorded on it. */
async function waitForThrottle(id: string) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const delivery = await stack.client.delivery(id);
    if (delivery.errcode === 130101 || Date.now() > deadline) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function uuidsIn(token: string): Promise<string[]> {
  return (await stack.admin.inbox(token)).map((entry) => entry.msgUuid ?? '');
}

describe('failures upstream', () => {
  it('retries HTTP 5xx, resets and -1 with the same msgUuid; the group sees each message once', async () => {
    const { robot, token } = await stack.addRobot();
    await stack.admin.fault({ kind: 'status', status: 502, count: 2, token });
    await stack.admin.fault({ kind: 'reset', count: 1, token });
    await stack.admin.fault({ kind: 'errcode', errcode: -1, errmsg: '系统繁忙', count: 1, token });
    const answer = await stack.client.send(robot.id, note('flaky upstream'), true);
    expect(answer.json, answer.text).toMatchObject({ status: 'sent', attempts: 5, errcode: 0 });
    expect(await uuidsIn(token)).toEqual([answer.json.message.msgUuid]);
  });

  it('retries a timed-out send; the late original and the retry show once', async () => {
    const { robot, token } = await stack.addRobot();
    // Longer than SEND_TIMEOUT_MS: the emulator still stores the original after we gave up on it.
    await stack.admin.fault({ kind: 'delay', ms: 1500, count: 1, token });
    const answer = await stack.client.send(robot.id, note('slow upstream'), true);
    expect(answer.json, answer.text).toMatchObject({ status: 'sent', attempts: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await uuidsIn(token)).toEqual([answer.json.message.msgUuid]);
  });

  it('fails permanent errors at once, explained', async () => {
    const { robot, token } = await stack.addRobot();
    await stack.admin.fault({ kind: 'errcode', errcode: 400102, errmsg: 'robot stopped', count: 1, token });
    const answer = await stack.client.send(robot.id, note('to a stopped robot'), true);
    expect(answer.json).toMatchObject({ status: 'failed', attempts: 1, errcode: 400102 });
    expect(answer.json.explanation?.en.length).toBeGreaterThan(10);
    expect(answer.json.explanation?.zh.length).toBeGreaterThan(3);
    expect(await uuidsIn(token)).toEqual([]);
  });

  it('cools a throttled robot down, holds its queue, then delivers everything once', async () => {
    const { robot, token } = await stack.addRobot();
    const other = await stack.addRobot();
    await stack.admin.fault({ kind: 'throttle', errcode: 130101, count: 1, token });
    const sent = [];
    for (let i = 0; i < 4; i++) sent.push((await stack.client.send(robot.id, note(`burst ${i}`))).json);
    const otherSent = await stack.client.send(other.robot.id, note('unaffected'), true);
    expect(otherSent.json.status).toBe('sent');

    const waiting = await waitForThrottle(sent[0]!.id);
    expect(waiting).toMatchObject({ status: 'queued', errcode: 130101, queuePosition: 1 });
    // Throttled after it was created: it cannot go before a full cooldown from then.
    expect(Date.parse(waiting.eta!)).toBeGreaterThanOrEqual(Date.parse(waiting.createdAt) + stack.limits.cooldownMs);

    const done = await stack.client.settle(sent.map((d) => d.id));
    expect(done.map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const inbox = [...(await stack.admin.inbox(token))].reverse();
    expect(inbox.map((e) => e.msgUuid)).toEqual(sent.map((d) => d.message.msgUuid));
    // Nothing reached the robot while it rested.
    const throttledAt = Date.parse(done[0]!.createdAt);
    expect(Date.parse(inbox[0]!.receivedAt) - throttledAt).toBeGreaterThanOrEqual(stack.limits.cooldownMs - 100);
  });

  it('leaks no token or secret into answers, logs or the database files', async () => {
    const { robot } = await stack.addRobot();
    const answers = [
      (await stack.client.call('GET', '/robots')).text,
      (await stack.client.call('GET', `/robots/${robot.id}`)).text,
      (await stack.client.call('POST', `/robots/${robot.id}/test`)).text,
      (await stack.client.call('GET', '/deliveries?limit=100')).text,
    ];
    expect(stack.leaks(answers)).toEqual([]);
    // The check itself can fail: a secret in an answer is found.
    expect(stack.leaks([`x${stack.secrets[0]}x`])).toContain('an API answer');
  });
});
