import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/database.ts';
import { groupCommit } from './group-commit.ts';

let dir: string;
let opened: OpenedDatabase;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-gc-'));
  opened = await openDatabase(dir);
});
afterEach(async () => {
  await opened.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('group commit', () => {
  it('commits concurrent writes in few transactions, each caller getting its own result', async () => {
    const write = groupCommit(opened.db, async (trx, robotId: string) => {
      const row = await trx
        .insertInto('send_log')
        .values({ robot_id: robotId, at: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
    // Counts COMMITs as SQLite sees them.
    const commits: number[] = [];
    const original = opened.sqlite.prepare.bind(opened.sqlite);
    opened.sqlite.prepare = ((sql: string) => {
      if (/^commit/i.test(sql.trim())) commits.push(1);
      return original(sql);
    }) as typeof opened.sqlite.prepare;
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => write(`r${i}`)));
    expect(new Set(ids).size).toBe(50);
    const rows = await opened.db.selectFrom('send_log').select(['id', 'robot_id']).execute();
    expect(rows).toHaveLength(50);
    for (const [i, id] of ids.entries()) expect(rows.find((r) => r.id === id)?.robot_id).toBe(`r${i}`);
    expect(commits.length).toBeGreaterThan(0);
    expect(commits.length).toBeLessThan(10);
  });

  it('fails only the write that fails', async () => {
    const write = groupCommit(opened.db, async (trx, robotId: string | null) => {
      await trx
        .insertInto('send_log')
        .values({ robot_id: robotId as string, at: 1 })
        .execute();
      return robotId;
    });
    const results = await Promise.allSettled([write('a'), write(null), write('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await opened.db.selectFrom('send_log').select('robot_id').execute()).map((r) => r.robot_id).sort()).toEqual(
      ['a', 'b'],
    );
  });
});
