import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deliverySchema, type Delivery, type DingtalkMessage } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/database.ts';
import { createLogger } from '../../logger.ts';
import { createRobotStore, type RobotStore } from '../robots/robot-store.ts';
import { createVault } from '../vault.ts';
import { createDeliveryService, MsgUuidTaken, type DeliveryService } from './delivery-service.ts';
import type { QueueOptions } from './queue-options.ts';
import type { SendFn, SendOutcome } from './types.ts';

// The upstream is a scripted stand-in for DingTalk (not our code); the queue, store and SQLite are real.
type Call = { at: number; token: string; baseUrl: string; message: DingtalkMessage };

let dir: string;
let opened: OpenedDatabase;
let robots: RobotStore;
let service: DeliveryService | undefined;
let calls: Call[];
let script: (call: Call) => SendOutcome | Promise<SendOutcome>;

const OK: SendOutcome = { kind: 'sent', errcode: 0, errmsg: 'ok' };
const EXPLAINED = { zh: '说明', en: 'explained' };
const options: QueueOptions = {
  rateLimit: 3,
  windowMs: 300,
  cooldownMs: 400,
  retryBaseMs: 20,
  retryMaxMs: 100,
  maxAttempts: 4,
  maxAgeMs: 60_000,
  sendTimeoutMs: 1000,
  maxInFlight: 2,
};

const send: SendFn = async (target, message) => {
  const call = { at: Date.now(), token: target.token, baseUrl: target.baseUrl, message };
  calls.push(call);
  return script(call);
};

function start(overrides: Partial<QueueOptions> = {}) {
  service = createDeliveryService({
    db: opened.db,
    sync: opened.sync,
    logger: createLogger('silent'),
    options: { ...options, ...overrides },
    robots,
    send,
    dingtalkBaseUrl: 'https://dingtalk.invalid',
    emulatorBaseUrl: 'http://emulator.invalid/emulator',
  });
  return service;
}

const text = (content: string): DingtalkMessage => ({ msgtype: 'text', text: { content } });

async function robot(coalesce = false, keywords: string[] = []) {
  return robots.create({ name: 'r', token: randomBytes(16).toString('hex'), secret: null, keywords, coalesce });
}

async function settle(svc: DeliveryService, ids: string[], timeoutMs = 5000) {
  return Promise.all(ids.map((id) => svc.waitForFinal(id, timeoutMs)));
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-queue-'));
  opened = await openDatabase(dir);
  robots = createRobotStore(opened.db, createVault(randomBytes(32)), opened.sync);
  calls = [];
  script = () => OK;
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('delivery queue', () => {
  it('stores the delivery with its msgUuid before sending, then sends it once', async () => {
    const r = await robot();
    const svc = start();
    const queued = await svc.enqueue({ robotId: r.id, templateId: null, message: text('hello') });
    expect(deliverySchema.parse(queued)).toEqual(queued);
    expect(queued.message.msgUuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls).toHaveLength(0);
    await svc.start();
    const [done] = await settle(svc, [queued.id]);
    expect(done).toMatchObject({ status: 'sent', attempts: 1, errcode: 0, queuePosition: null, eta: null });
    expect(calls.map((c) => c.message)).toEqual([queued.message]);
    expect(calls[0]!.baseUrl).toBe('https://dingtalk.invalid');
  });

  it('answers an enqueue with the delivery as it stands: sending when claimed at once, else queued with its place', async () => {
    const r = await robot();
    const svc = start({ maxInFlight: 1 });
    await svc.start();
    let answer: (outcome: SendOutcome) => void = () => {};
    script = () => new Promise<SendOutcome>((resolve) => (answer = resolve));
    const first = await svc.enqueue({ robotId: r.id, templateId: null, message: text('first') });
    expect(first).toMatchObject({ status: 'sending', queuePosition: null, eta: null });
    const second = await svc.enqueue({ robotId: r.id, templateId: null, message: text('second') });
    expect(second).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect(second.eta).not.toBeNull();
    script = () => OK;
    answer(OK);
    expect((await settle(svc, [first.id, second.id])).map((d) => d?.status)).toEqual(['sent', 'sent']);
  });

  it('paces each robot with a strict sliding window, in FIFO order, and predicts the schedule', async () => {
    const [a, b] = [await robot(), await robot()];
    const svc = start();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push((await svc.enqueue({ robotId: a.id, templateId: null, message: text(`a${i}`) })).id);
    const other = await svc.enqueue({ robotId: b.id, templateId: null, message: text('b0') });

    const page = await svc.list({ robotId: a.id, status: 'queued' });
    const byPosition = page.items.sort((x, y) => x.queuePosition! - y.queuePosition!);
    expect(byPosition.map((d) => d.queuePosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const etas = byPosition.map((d) => Date.parse(d.eta!));
    expect(etas[3]! - etas[0]!).toBeGreaterThanOrEqual(options.windowMs);
    expect(etas[6]! - etas[3]!).toBeGreaterThanOrEqual(options.windowMs);
    // A page with part of the queue still gives each row its place in the whole of it.
    const newest = await svc.list({ robotId: a.id, status: 'queued', limit: 3 });
    expect(newest.items.map((d) => d.queuePosition)).toEqual([7, 6, 5]);
    const newestEtas = newest.items.map((d) => Date.parse(d.eta!));
    expect(newestEtas[0]! - newestEtas[2]!).toBe(etas[6]! - etas[4]!);
    expect((await svc.get(ids[3]!))?.queuePosition).toBe(4);

    await svc.start();
    await settle(svc, [...ids, other.id]);
    const aCalls = calls.filter((c) => c.message.msgtype === 'text' && c.message.text.content.startsWith('a'));
    expect(aCalls.map((c) => (c.message.msgtype === 'text' ? c.message.text.content : ''))).toEqual(
      ids.map((_, i) => `a${i}`),
    );
    for (let i = options.rateLimit; i < aCalls.length; i++)
      expect(aCalls[i]!.at - aCalls[i - options.rateLimit]!.at).toBeGreaterThan(options.windowMs);
    // The other robot has its own window: it did not wait behind the first one's full window.
    const bCall = calls.find((c) => c.message.msgtype === 'text' && c.message.text.content === 'b0')!;
    expect(bCall.at).toBeLessThan(aCalls[options.rateLimit]!.at);
  });

  it('retries with backoff and the same msgUuid, then gives up with an explanation', async () => {
    const r = await robot();
    let failures = 2;
    script = () => (failures-- > 0 ? { kind: 'retry', errcode: null, errmsg: 'HTTP 502', explanation: EXPLAINED } : OK);
    const svc = start();
    await svc.start();
    const first = await svc.enqueue({ robotId: r.id, templateId: null, message: text('flaky') });
    const [done] = await settle(svc, [first.id]);
    expect(done).toMatchObject({ status: 'sent', attempts: 3 });
    expect(new Set(calls.map((c) => c.message.msgUuid))).toEqual(new Set([first.message.msgUuid]));
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(options.retryBaseMs / 2);

    script = () => ({ kind: 'retry', errcode: -1, errmsg: 'busy', explanation: EXPLAINED });
    const doomed = await svc.enqueue({ robotId: r.id, templateId: null, message: text('never') });
    const [failed] = await settle(svc, [doomed.id]);
    expect(failed).toMatchObject({ status: 'failed', attempts: options.maxAttempts, errcode: -1 });
    expect(failed!.explanation!.en).toContain(`Gave up after ${options.maxAttempts} attempts`);
  });

  it('fails permanent errors at once', async () => {
    const r = await robot();
    script = () => ({ kind: 'failed', errcode: 310000, errmsg: 'keywords not in content', explanation: EXPLAINED });
    const svc = start();
    await svc.start();
    const d = await svc.enqueue({ robotId: r.id, templateId: null, message: text('x') });
    expect((await settle(svc, [d.id]))[0]).toMatchObject({ status: 'failed', attempts: 1, explanation: EXPLAINED });
  });

  it('queues a message again under the msgUuid of a delivery that failed, with the same msgUuid', async () => {
    const r = await robot();
    script = () => ({ kind: 'failed', errcode: 300005, errmsg: 'token is not exist', explanation: EXPLAINED });
    const svc = start();
    await svc.start();
    const message = { ...text('retry me'), msgUuid: 'alert-9' };
    const failed = await svc.enqueue({ robotId: r.id, templateId: null, message });
    expect((await settle(svc, [failed.id]))[0]).toMatchObject({ status: 'failed' });
    script = () => OK;
    const again = await svc.enqueue({ robotId: r.id, templateId: null, message });
    expect(again.id).not.toBe(failed.id);
    expect((await settle(svc, [again.id]))[0]).toMatchObject({ status: 'sent', message: { msgUuid: 'alert-9' } });
    // Once it is sent, the msgUuid is held again.
    await expect(svc.enqueue({ robotId: r.id, templateId: null, message })).rejects.toBeInstanceOf(MsgUuidTaken);
  });

  it('rests a throttled robot for the cooldown and then delivers everything, dropping nothing', async () => {
    const r = await robot();
    let throttledAt: number | null = null;
    script = () => {
      if (throttledAt !== null) return OK;
      throttledAt = Date.now();
      return { kind: 'throttled', errcode: 130101, errmsg: 'send too fast', explanation: EXPLAINED };
    };
    const svc = start();
    await svc.start();
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await svc.enqueue({ robotId: r.id, templateId: null, message: text(`t${i}`) })).id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const resting = await svc.get(ids[0]!);
    expect(resting).toMatchObject({ status: 'queued', errcode: 130101, queuePosition: 1 });
    const until = await robots.cooldownUntil(r.id);
    expect(until).not.toBeNull();
    expect(Date.parse(resting!.eta!)).toBeGreaterThanOrEqual(until!);

    const done = await settle(svc, ids);
    expect(done.map((d) => d!.status)).toEqual(['sent', 'sent', 'sent']);
    expect(calls).toHaveLength(4);
    // A request already in flight when the throttling answer came may finish; none starts while resting.
    const afterThrottle = calls.filter((c) => c.at > throttledAt! + 50);
    expect(afterThrottle.length).toBeGreaterThan(0);
    for (const c of afterThrottle) expect(c.at - throttledAt!).toBeGreaterThanOrEqual(options.cooldownMs - 5);
  });

  it('re-sends a delivery left mid-send by a killed process, with the same msgUuid', async () => {
    const r = await robot();
    const first = start();
    const d = await first.enqueue({ robotId: r.id, templateId: null, message: text('interrupted') });
    await opened.db.updateTable('deliveries').set({ status: 'sending', attempts: 1 }).where('id', '=', d.id).execute();

    const svc = start();
    await svc.start();
    const [done] = await settle(svc, [d.id]);
    expect(done).toMatchObject({ status: 'sent', attempts: 2 });
    expect(calls.map((c) => c.message.msgUuid)).toEqual([d.message.msgUuid]);
  });

  it('queues one delivery for a msgUuid, even when enqueues with it come together', async () => {
    const [r, other] = [await robot(), await robot()];
    const svc = start();
    const withUuid = (content: string, robotId = r.id) =>
      svc.enqueue({ robotId, templateId: null, message: { ...text(content), msgUuid: 'alert-7' } });
    // Written in one batch: each sees the deliveries written before it in the same transaction.
    const together = await Promise.allSettled([withUuid('a'), withUuid('b'), withUuid('a'), withUuid('a', other.id)]);
    const [first, second, third, elsewhere] = together;
    expect(first).toMatchObject({ status: 'fulfilled', value: { message: { text: { content: 'a' } } } });
    const firstId = (first as PromiseFulfilledResult<Delivery>).value.id;
    for (const taken of [second, third]) {
      expect(taken.status).toBe('rejected');
      const error = (taken as PromiseRejectedResult).reason as unknown;
      expect(error).toBeInstanceOf(MsgUuidTaken);
      expect((error as MsgUuidTaken).earlier.id).toBe(firstId);
    }
    // Another robot's msgUuids are its own.
    expect(elsewhere.status).toBe('fulfilled');
    // Later, too.
    await expect(withUuid('c')).rejects.toBeInstanceOf(MsgUuidTaken);
    const queued = await svc.list({ robotId: r.id });
    expect(queued.items.map((d) => d.id)).toEqual([firstId]);
  });

  it('merges what the window cannot send now into one digest (coalesce)', async () => {
    const r = await robot(true, ['告警']);
    const svc = start();
    const ids = [];
    for (let i = 0; i < 8; i++)
      ids.push((await svc.enqueue({ robotId: r.id, templateId: null, message: text(`告警 ${i}`) })).id);
    await svc.start();
    const done = await settle(svc, ids);
    expect(done.map((d) => d!.status)).toEqual([...Array(3).fill('sent'), ...Array(5).fill('digested')]);
    const digestId = done[3]!.digestId!;
    expect(new Set(done.slice(3).map((d) => d!.digestId))).toEqual(new Set([digestId]));
    const [digest] = await settle(svc, [digestId]);
    expect(digest).toMatchObject({ status: 'sent', robotId: r.id });
    expect(calls).toHaveLength(4);
    const last = calls[3]!.message;
    expect(last.msgtype).toBe('markdown');
    const body = last.msgtype === 'markdown' ? last.markdown.text : '';
    for (let i = 3; i < 8; i++) expect(body).toContain(`- 告警 ${i}`);
    expect(body).not.toContain('告警 2\n');
  });

  it('fails what is queued for a robot that was deleted', async () => {
    const r = await robot();
    const svc = start();
    const d = await svc.enqueue({ robotId: r.id, templateId: null, message: text('orphan') });
    await robots.remove(r.id);
    await svc.start();
    const [done] = await settle(svc, [d.id]);
    expect(done).toMatchObject({ status: 'failed' });
    expect(done!.explanation!.en).toContain('deleted');
    expect(calls).toHaveLength(0);
  });

  it('fails at once what a deleted robot had waiting for its window, when told of the deletion', async () => {
    const r = await robot();
    const svc = start({ windowMs: 60_000, maxInFlight: 1 });
    await svc.start();
    const sent = [];
    for (let i = 0; i < options.rateLimit; i++)
      sent.push((await svc.enqueue({ robotId: r.id, templateId: null, message: text(`w${i}`) })).id);
    await settle(svc, sent);
    const waiting = await svc.enqueue({ robotId: r.id, templateId: null, message: text('next minute') });
    await robots.remove(r.id);
    svc.robotRemoved();
    expect(await svc.waitForFinal(waiting.id, 1000)).toMatchObject({ status: 'failed', errmsg: 'robot deleted' });
  });

  it('keeps other robots going when one robot cannot be sent for (credentials unreadable)', async () => {
    const [broken, fine] = [await robot(), await robot()];
    await opened.db.updateTable('robots').set({ token_enc: 'v1.garbage' }).where('id', '=', broken.id).execute();
    const svc = start();
    await svc.start();
    const a = await svc.enqueue({ robotId: broken.id, templateId: null, message: text('stuck') });
    const b = await svc.enqueue({ robotId: fine.id, templateId: null, message: text('fine') });
    const [doneA, doneB] = await settle(svc, [a.id, b.id]);
    expect(doneB).toMatchObject({ status: 'sent' });
    expect(doneA).toMatchObject({ status: 'failed', attempts: options.maxAttempts });
    expect(calls.map((c) => c.message.msgUuid)).toEqual([b.message.msgUuid]);
  });

  it('pages history newest first with an opaque cursor', async () => {
    const r = await robot();
    const svc = start();
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push((await svc.enqueue({ robotId: r.id, templateId: null, message: text(`h${i}`) })).id);
    const one = await svc.list({ robotId: r.id, limit: 2 });
    const two = await svc.list({ robotId: r.id, limit: 2, cursor: one.nextCursor! });
    const three = await svc.list({ robotId: r.id, limit: 2, cursor: two.nextCursor! });
    expect([...one.items, ...two.items, ...three.items].map((d) => d.id)).toEqual([...ids].reverse());
    expect(three.nextCursor).toBeNull();
    expect((await svc.list({ status: 'sent' })).items).toEqual([]);
  });
});
