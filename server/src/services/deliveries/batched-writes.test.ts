import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/database.ts';
import { batchedWrites } from './batched-writes.ts';

let dir: string;
let opened: OpenedDatabase;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-batch-'));
  opened = await openDatabase(dir);
});
afterEach(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const insert = (robotId: string | null) =>
  opened.sync.first(
    opened.db
      .insertInto('send_log')
      .values({ robot_id: robotId as string, at: 1 })
      .returning('id'),
  )!.id;

describe('batched writes', () => {
  it('commits writes made together in one transaction, each caller getting its own row', async () => {
    const commits: number[] = [];
    const write = batchedWrites(opened.sync, insert, (written) => commits.push(written.length));
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => write(`r${i}`)));
    expect(commits).toEqual([50]);
    const rows = await opened.db.selectFrom('send_log').select(['id', 'robot_id']).execute();
    expect(rows).toHaveLength(50);
    for (const [i, id] of ids.entries()) expect(rows.find((r) => r.id === id)?.robot_id).toBe(`r${i}`);
    // A later write is its own batch.
    await write('late');
    expect(commits).toEqual([50, 1]);
  });

  it('fails only the write that fails', async () => {
    const write = batchedWrites(opened.sync, insert);
    const results = await Promise.allSettled([write('a'), write(null), write('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await opened.db.selectFrom('send_log').select('robot_id').execute()).map((r) => r.robot_id).sort()).toEqual(
      ['a', 'b'],
    );
  });
});
