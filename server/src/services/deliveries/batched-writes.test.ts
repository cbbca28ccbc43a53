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
    const write = batchedWrites(t.opened.sync, insert, (written) => commits.push(written.length));
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
});
