import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { robotSchema } from '@dingpost/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/database.ts';
import { createVault, VaultError } from '../vault.ts';
import { createRobotStore, TokenTakenError, type RobotStore } from './robot-store.ts';

const TOKEN = 'a1b2c3d4'.repeat(8);
const SECRET = `SEC${'f00d'.repeat(16)}`;

let dir: string;
let opened: OpenedDatabase;
let store: RobotStore;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-robots-'));
  opened = await openDatabase(dir);
  store = createRobotStore(opened.db, createVault(randomBytes(32)), opened.sync);
});
afterEach(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const fields = { name: 'Ops', token: TOKEN, secret: SECRET, keywords: ['告警'], coalesce: false };

describe('robot store', () => {
  it('creates a robot shaped like the API, with only a hint of the token', async () => {
    const robot = await store.create(fields);
    expect(robotSchema.parse(robot)).toEqual(robot);
    expect(robot).toMatchObject({ name: 'Ops', tokenHint: TOKEN.slice(-4), hasSecret: true, sandbox: false });
    expect(JSON.stringify(robot)).not.toContain(TOKEN);
    expect(JSON.stringify(robot)).not.toContain(SECRET);
    expect(await store.get(robot.id)).toEqual(robot);
  });

  it('keeps token and secret encrypted in the row and gives them back as credentials', async () => {
    const robot = await store.create(fields);
    const row = await opened.db.selectFrom('robots').selectAll().where('id', '=', robot.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(TOKEN);
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(await store.credentials(robot.id)).toEqual({
      token: TOKEN,
      secret: SECRET,
      keywords: ['告警'],
      sandbox: false,
      coalesce: false,
    });
  });

  it('refuses a ciphertext copied from another robot (robot id is the associated data)', async () => {
    const a = await store.create(fields);
    const b = await store.create({ ...fields, token: 'ffff0000'.repeat(8) });
    const rowA = await opened.db.selectFrom('robots').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    await opened.db.updateTable('robots').set({ token_enc: rowA.token_enc }).where('id', '=', b.id).execute();
    await expect(store.credentials(b.id)).rejects.toThrow(VaultError);
  });

  it('updates fields, removes the secret with null, and leaves the rest', async () => {
    const robot = await store.create(fields);
    // Read (and kept) before the change: what is read after must be the new values.
    expect(await store.credentials(robot.id)).toMatchObject({ token: fields.token });
    expect(await store.get(robot.id)).toMatchObject({ name: fields.name });
    const updated = await store.update(robot.id, { name: 'Ops 2', secret: null, token: 'bbbbcccc'.repeat(8) });
    expect(updated).toMatchObject({ name: 'Ops 2', hasSecret: false, tokenHint: 'cccc', keywords: ['告警'] });
    expect(await store.credentials(robot.id)).toMatchObject({ token: 'bbbbcccc'.repeat(8), secret: null });
    expect(await store.get(robot.id)).toEqual(updated);
    expect(await store.update('rb_missing', { name: 'x' })).toBeUndefined();
  });

  it('gives one token to one robot only, also when two adds of it run at once', async () => {
    const [first, second] = await Promise.allSettled([
      store.create(fields),
      store.create({ ...fields, name: 'Ops 2' }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(TokenTakenError) });
    const holder = (first as PromiseFulfilledResult<{ id: string }>).value;
    expect((second as PromiseRejectedResult).reason.holder).toEqual({ id: holder.id, name: 'Ops' });
    expect(await store.list()).toHaveLength(1);

    const other = await store.create({ ...fields, token: 'ffff0000'.repeat(8) });
    await expect(store.update(other.id, { token: TOKEN })).rejects.toThrow(TokenTakenError);
    expect(await store.credentials(other.id)).toMatchObject({ token: 'ffff0000'.repeat(8) });
    expect(await store.update(holder.id, { token: TOKEN, name: 'Same token' })).toMatchObject({ name: 'Same token' });
  });

  it('skips a robot sealed under a key it no longer has when looking for the token', async () => {
    const old = await store.create(fields);
    const rotated = createRobotStore(opened.db, createVault(randomBytes(32)), opened.sync);
    await expect(rotated.create({ ...fields, token: 'ffff0000'.repeat(8) })).resolves.toBeDefined();
    // Same hint, unreadable: not taken as the holder (it cannot send either).
    await expect(rotated.create(fields)).resolves.not.toMatchObject({ id: old.id });
  });

  it('lists the sandbox robot first, then by creation', async () => {
    const first = await store.create({ ...fields, name: 'first' });
    const sandbox = await store.create({ ...fields, name: 'Sandbox', token: 'ffff0000'.repeat(8), sandbox: true });
    const items = await store.list();
    expect(items.map((r) => r.id)).toEqual([sandbox.id, first.id]);
    expect((await store.findSandbox())?.id).toBe(sandbox.id);
  });

  it('removes a robot', async () => {
    const robot = await store.create(fields);
    expect(await store.credentials(robot.id)).toBeDefined();
    expect(await store.get(robot.id)).toBeDefined();
    expect(await store.remove(robot.id)).toBe(true);
    expect(await store.remove(robot.id)).toBe(false);
    expect(await store.get(robot.id)).toBeUndefined();
    expect(await store.credentials(robot.id)).toBeUndefined();
  });

  it('records and expires a cooldown', async () => {
    const robot = await store.create(fields);
    expect(await store.cooldownUntil(robot.id)).toBeNull();
    await store.setCooldown(robot.id, 10_000);
    expect(await store.cooldownUntil(robot.id, 9_999)).toBe(10_000);
    expect(await store.cooldownUntil(robot.id, 10_000)).toBeNull();
    await store.setCooldown(robot.id, null);
    expect(await store.cooldownUntil(robot.id, 0)).toBeNull();
  });
});
