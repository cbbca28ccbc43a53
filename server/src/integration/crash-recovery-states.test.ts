import type { Delivery } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestWindow } from '../test-support/clients.ts';
import { startStack, type Stack } from '../test-support/stack.ts';

// kill -9 while the queue is in each of its waiting states (merging into digests, cooling down, backing
// off, holding an idempotency key): after the restart over the same DATA_DIR every accepted message
// reaches the group once.

let stack: Stack;
/** Long enough that the server is back up before it ends: the restarted process must still honour it. */
const COOLDOWN_MS = 8000;

beforeAll(async () => {
  stack = await startStack({
    cooldownMs: COOLDOWN_MS,
    serverEnv: { RETRY_BASE_MS: '400', RETRY_MAX_MS: '1600' },
  });
});
afterAll(async () => {
  await stack?.close();
});

const note = (content: string, msgUuid?: string) => ({
  msgtype: 'text' as const,
  text: { content },
  ...(msgUuid === undefined ? {} : { msgUuid }),
});

/** Polls `probe` until it returns something, or fails the test after `timeoutMs`. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const robotDeliveries = (robotId: string) => stack.client.allDeliveries(`&robotId=${robotId}`);

/** How many "delivery attempt" log lines, over every server process, had this outcome for these deliveries. */
function attemptsLogged(ids: readonly string[], outcome: string): number {
  const wanted = new Set(ids);
  return stack
    .serverOutput()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; deliveryId?: string; outcome?: string })
    .filter((entry) => entry.msg === 'delivery attempt' && wanted.has(entry.deliveryId!) && entry.outcome === outcome)
    .length;
}

describe('kill -9 while a coalescing robot merges a flood into digests', () => {
  it('shows every accepted message once, on its own or as a line of one delivered digest', async () => {
    const { robot, token } = await stack.addRobot({ coalesce: true });
    // Slow answers keep sends (digests among them) in flight while the flood comes in waves.
    await stack.admin.fault({ kind: 'delay', ms: 250, count: 10_000, token });
    const accepted: Delivery[] = [];
    const wave = async (name: string, size: number) => {
      const answers = await Promise.all(
        Array.from({ length: size }, (_, i) => stack.client.send(robot.id, note(`flood ${name}.${i}`))),
      );
      for (const answer of answers) {
        expect(answer.status, answer.text).toBe(202);
        accepted.push(answer.json);
      }
    };

    await wave('a', 30);
    // Killed once a digest has gone out or is going, with more merged behind it still waiting.
    await until('a digest in flight with a queue behind it', async () => {
      const all = await robotDeliveries(robot.id);
      const digests = all.filter((d) => d.message.msgtype === 'markdown');
      const started = digests.some((d) => d.status === 'sending' || d.status === 'sent');
      if (!started) return undefined;
      if (all.some((d) => d.status === 'queued')) return true;
      await wave(`b${all.length}`, 15);
      return undefined;
    });
    await stack.restartServer('SIGKILL');
    await wave('c', 20);

    await expectEachShownOnce(robot.id, token, accepted);
  });

  it('never merges a message that was in flight at the kill, even when the robot must then wait', async () => {
    const { robot, token } = await stack.addRobot({ coalesce: true });
    // The first send is still out at the kill (the emulator shows it once its delay is over); sent again
    // after the restart, it fails once, so the lane backs off and merges what waits behind it.
    await stack.admin.fault({ kind: 'delay', ms: 1000, count: 1, token });
    await stack.admin.fault({ kind: 'status', status: 503, count: 1, token });
    const answers = await Promise.all(
      Array.from({ length: 2 * stack.limits.rateLimit }, (_, i) => stack.client.send(robot.id, note(`burst ${i}`))),
    );
    const accepted = answers.map((answer) => answer.json);
    const first = accepted[0]!;
    await until('the first to be in flight', async () =>
      (await stack.client.delivery(first.id)).status === 'sending' ? true : undefined,
    );
    await stack.restartServer('SIGKILL');

    await expectEachShownOnce(robot.id, token, accepted);
    expect(await stack.client.delivery(first.id)).toMatchObject({ status: 'sent', attempts: 3 });
  });
});

/**
 * Every accepted message reached the group once: sent on its own (its msgUuid in the inbox once), or
 * digested into a digest that was sent (its line in exactly one inbox digest, its msgUuid nowhere).
 */
async function expectEachShownOnce(robotId: string, token: string, accepted: readonly Delivery[]) {
  const done = await stack.client.settle(accepted.map((d) => d.id));
  expect(done.filter((d) => !['sent', 'digested'].includes(d.status))).toEqual([]);
  const sent = done.filter((d) => d.status === 'sent');
  const digested = done.filter((d) => d.status === 'digested');
  expect(digested.length).toBeGreaterThan(0);
  const digestIds = [...new Set(digested.map((d) => d.digestId!))];
  const digests = await stack.client.settle(digestIds);
  expect(digests.map((d) => [d.id, d.status, d.message.msgtype])).toEqual(
    digestIds.map((id) => [id, 'sent', 'markdown']),
  );

  const inbox = await stack.admin.inbox(token);
  const uuids = inbox.map((e) => e.msgUuid);
  for (const d of sent) expect(uuids.filter((u) => u === d.message.msgUuid)).toHaveLength(1);
  for (const d of digested) expect(uuids).not.toContain(d.message.msgUuid);
  const texts = inbox.map((e) => (e.message.msgtype === 'markdown' ? e.message.markdown.text : ''));
  for (const d of [...sent, ...digested]) {
    const line = `- ${d.message.msgtype === 'text' ? d.message.text.content : ''}`;
    expect(
      texts.filter((t) => t.split('\n').includes(line)),
      line,
    ).toHaveLength(d.status === 'digested' ? 1 : 0);
  }
  expect(inbox).toHaveLength(sent.length + digestIds.length);
  const all = await robotDeliveries(robotId);
  // Nothing is left behind: no delivery of the robot, digests included, is still waiting.
  expect(all.filter((d) => d.status === 'queued' || d.status === 'sending')).toEqual([]);
  // The window held across the restart: DingTalk never had cause to throttle the robot.
  expect(
    busiestWindow(
      inbox.map((e) => Date.parse(e.receivedAt)),
      stack.limits.windowMs,
    ),
  ).toBeLessThanOrEqual(stack.limits.rateLimit);
  expect(
    attemptsLogged(
      all.map((d) => d.id),
      'throttled',
    ),
  ).toBe(0);
}

describe('kill -9 while a throttled robot cools down', () => {
  it('keeps the cooldown across the restart, then delivers everything once', async () => {
    const { robot, token } = await stack.addRobot();
    await stack.admin.fault({ kind: 'throttle', errcode: 130101, count: 1, token });
    const queued: Delivery[] = [];
    for (let i = 0; i < 4; i++) queued.push((await stack.client.send(robot.id, note(`throttled ${i}`))).json);
    await until('the throttle to be recorded', async () =>
      (await stack.client.delivery(queued[0]!.id)).errcode === 130101 ? true : undefined,
    );
    await stack.restartServer('SIGKILL');

    const done = await stack.client.settle(queued.map((d) => d.id));
    expect(done.map((d) => d.status)).toEqual(queued.map(() => 'sent'));
    // One request was throttled; any other reaching the robot during its rest would have been throttled
    // too (the emulator answers 130101 until the cooldown ends) and counted as an attempt.
    const ids = queued.map((d) => d.id);
    expect(attemptsLogged(ids, 'throttled')).toBe(1);
    expect(done.map((d) => d.attempts)).toEqual([2, 1, 1, 1]);
    const inbox = [...(await stack.admin.inbox(token))].reverse();
    expect(inbox.map((e) => e.msgUuid)).toEqual(queued.map((d) => d.message.msgUuid));
  });
});

describe('kill -9 while deliveries wait on retry backoff', () => {
  it('resumes them after the restart and delivers each once with its original msgUuid', async () => {
    const robots = [await stack.addRobot(), await stack.addRobot()];
    // Each robot's head fails with 5xx a few times, before and after the kill, then goes through.
    const FAILURES = 4;
    for (const { token } of robots) await stack.admin.fault({ kind: 'status', status: 503, count: FAILURES, token });
    const queued: Delivery[] = [];
    for (let i = 0; i < 6; i++)
      queued.push((await stack.client.send(robots[i % 2]!.robot.id, note(`retried ${i}`))).json);
    const heads = queued.slice(0, 2).map((d) => d.id);
    await until('both heads to be waiting on backoff', async () => {
      const now = await Promise.all(heads.map((id) => stack.client.delivery(id)));
      return now.every((d) => d.status === 'queued' && d.attempts >= 1) ? true : undefined;
    });
    await stack.restartServer('SIGKILL');

    const done = await stack.client.settle(queued.map((d) => d.id));
    expect(done.map((d) => d.status)).toEqual(queued.map(() => 'sent'));
    for (const id of heads) expect(done.find((d) => d.id === id)!.attempts).toBeGreaterThan(FAILURES);
    expect(done.map((d) => d.message.msgUuid)).toEqual(queued.map((d) => d.message.msgUuid));
    for (const [r, { token }] of robots.entries()) {
      const arrived = [...(await stack.admin.inbox(token))].reverse().map((e) => e.msgUuid);
      expect(arrived).toEqual(queued.filter((_, i) => i % 2 === r).map((d) => d.message.msgUuid));
    }
  });
});

describe('kill -9 with a caller-supplied msgUuid', () => {
  it('still answers the earlier delivery for the same message, and 409 for another, after the restart', async () => {
    const { robot, token } = await stack.addRobot();
    const sentKey = `key-sent-${robot.id}`;
    const pendingKey = `key-pending-${robot.id}`;
    const sent = await stack.client.send(robot.id, note('sent before the kill', sentKey), true);
    expect(sent.json.status).toBe('sent');
    // The next one is still in flight (a slow answer) when the process dies.
    await stack.admin.fault({ kind: 'delay', ms: 800, count: 1, token });
    const pending = await stack.client.send(robot.id, note('in flight at the kill', pendingKey));
    expect(pending.status).toBe(202);
    await until('the second to be in flight', async () =>
      (await stack.client.delivery(pending.json.id)).status === 'sending' ? true : undefined,
    );
    await stack.restartServer('SIGKILL');

    for (const earlier of [sent.json, pending.json]) {
      const again = await stack.client.send(robot.id, earlier.message);
      expect([200, 202]).toContain(again.status);
      expect(again.json.id).toBe(earlier.id);
      const other = await stack.client.send(robot.id, note('another message, same key', earlier.message.msgUuid));
      expect(other.status, other.text).toBe(409);
      expect(other.json).toMatchObject({ error: { code: 'msg_uuid_reused' } });
    }
    const done = await stack.client.settle([sent.json.id, pending.json.id]);
    expect(done.map((d) => d.status)).toEqual(['sent', 'sent']);
    expect(await robotDeliveries(robot.id)).toHaveLength(2);
    const arrived = [...(await stack.admin.inbox(token))].reverse().map((e) => e.msgUuid);
    expect(arrived).toEqual([sentKey, pendingKey]);
  });
});

describe('restarts', () => {
  it('leave no token or secret in logs or files', () => {
    expect(stack.leaks()).toEqual([]);
  });
});
