import { describe, expect, it } from 'vitest';
import { tempDatabaseEachTest } from '../../test-support/temp-database.ts';
import { batchedWrites } from './batched-writes.ts';

const t = tempDatabaseEachTest();

const insert = (robotId: string | null) =>
  t.opened.sync.first(
    t.opened.db
      .insertInto('send_log')
      .values({ robot_id: robotId as string, at: 1 })
      .returning('id'),
  )!.id;

describe('batched writes', () => {
  it('commits writes made together in one transaction, each caller getting its own row', async () => {
    const commits: number[] = [];
    const write = batchedWrites(t.opened.sync, insert, (written) => ({
      committed: () => commits.push(written.length),
      rolledBack: () => {},
    }));
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => write(`r${i}`)));
    expect(commits).toEqual([50]);
    const rows = await t.opened.db.selectFrom('send_log').select(['id', 'robot_id']).execute();
    expect(rows).toHaveLength(50);
    for (const [i, id] of ids.entries()) expect(rows.find((r) => r.id === id)?.robot_id).toBe(`r${i}`);
    // A later write is its own batch.
    await write('late');
    expect(commits).toEqual([50, 1]);
  });

  it('fails only the write that fails', async () => {
    const write = batchedWrites(t.opened.sync, insert);
    const results = await Promise.allSettled([write('a'), write(null), write('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(
      (await t.opened.db.selectFrom('send_log').select('robot_id').execute()).map((r) => r.robot_id).sort(),
    ).toEqual(['a', 'b']);
  });

  it('lets the hook write in the same transaction, and tells it how the transaction ended', async () => {
    const ends: string[] = [];
    let breakCommit = true;
    const write = batchedWrites(t.opened.sync, insert, (written) => {
      insert(`hook-${written.map((w) => w.input).join('+')}`);
      if (breakCommit) {
        // A row that only COMMIT finds wrong (a deferred foreign key): the whole transaction fails there.
        breakCommit = false;
        t.opened.sqlite.pragma('defer_foreign_keys = ON');
        t.opened.sqlite
          .prepare(
            "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ('x', 'no-such-user', 0, 0)",
          )
          .run();
      }
      return { committed: () => ends.push(`committed ${written.length}`), rolledBack: () => ends.push('rolled back') };
    });
    await Promise.all([write('a'), write('b')]);
    // The batch of two failed at its commit, the hook's writes with it; then each write went alone.
    expect(ends).toEqual(['rolled back', 'committed 1', 'committed 1']);
    expect(
      (await t.opened.db.selectFrom('send_log').select('robot_id').execute()).map((r) => r.robot_id).sort(),
    ).toEqual(['a', 'b', 'hook-a', 'hook-b']);
    expect(await t.opened.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});
