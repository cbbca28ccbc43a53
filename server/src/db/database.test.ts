import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { tempDatabaseEachTest } from '../test-support/temp-database.ts';
import { openDatabase, type Db } from './database.ts';

const t = tempDatabaseEachTest();
const dbFileBytes = () => fs.statSync(path.join(t.dir, 'dingpost.sqlite')).size;

describe('the database', () => {
  it('never checkpoints inside a commit; the background worker does, and close() leaves one file', async () => {
    const { db, sync } = t.opened;
    const before = dbFileBytes();
    // Far past SQLite's automatic checkpoint (1000 WAL pages), one commit each.
    for (let i = 0; i < 2000; i++) sync.run(db.insertInto('send_log').values({ robot_id: 'r', at: i }));
    expect(dbFileBytes()).toBe(before);
    const deadline = Date.now() + 5000;
    while (dbFileBytes() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(dbFileBytes()).toBeGreaterThan(before);
    await t.opened.close();
    expect(fs.readdirSync(t.dir)).toEqual(['dingpost.sqlite']);
    t.opened = await openDatabase(t.dir);
    expect(
      await t.opened.db
        .selectFrom('send_log')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirst(),
    ).toEqual({
      n: 2000,
    });
  });

  it('keeps its files to the server user: a new data dir 0700, the database and its WAL 0600, an old 0644 file narrowed', async () => {
    const { db, sync } = t.opened;
    sync.run(db.insertInto('send_log').values({ robot_id: 'r', at: 1 }));
    const mode = (name: string) => fs.statSync(path.join(t.dir, name)).mode & 0o777;
    expect([mode('dingpost.sqlite'), mode('dingpost.sqlite-wal'), mode('dingpost.sqlite-shm')]).toEqual([
      0o600, 0o600, 0o600,
    ]);
    const fresh = path.join(t.dir, 'fresh');
    const other = await openDatabase(fresh, { fileName: 'other.sqlite' });
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);
    await other.close();
    fs.chmodSync(path.join(fresh, 'other.sqlite'), 0o644);
    const reopened = await openDatabase(fresh, { fileName: 'other.sqlite' });
    expect(fs.statSync(path.join(fresh, 'other.sqlite')).mode & 0o777).toBe(0o600);
    await reopened.close();
  });

  it('runs a synchronous transaction whole or not at all', () => {
    const { db, sync } = t.opened;
    const count = () => sync.first(db.selectFrom('send_log').select((e) => e.fn.countAll<number>().as('n')))!.n;
    expect(() =>
      sync.transaction(() => {
        sync.run(db.insertInto('send_log').values({ robot_id: 'r', at: 1 }));
        throw new Error('midway');
      }),
    ).toThrow('midway');
    expect(count()).toBe(0);
    const id = sync.transaction(
      () => sync.first(db.insertInto('send_log').values({ robot_id: 'r', at: 2 }).returning('id'))!.id,
    );
    expect(count()).toBe(1);
    expect(sync.run(db.updateTable('send_log').set({ at: 3 }).where('id', '=', id))).toBe(1);
  });

  it('runs a prepared query with its arguments bound in place, compiled once', () => {
    const { sync } = t.opened;
    const insert = (db: Db, robotId: string, at: number) =>
      db.insertInto('send_log').values({ robot_id: robotId, at }).returning(['robot_id', 'at']);
    expect(sync.prepared(insert).first('r1', 5)).toEqual({ robot_id: 'r1', at: 5 });
    expect(sync.prepared(insert)).toBe(sync.prepared(insert));
    const since = (db: Db, at: number, robotId: string) =>
      db.selectFrom('send_log').select('at').where('robot_id', '=', robotId).where('at', '>=', at);
    sync.prepared(insert).run('r1', 9);
    sync.prepared(insert).run('r2', 9);
    expect(sync.prepared(since).all(6, 'r1')).toEqual([{ at: 9 }]);
    // An argument that is not a bound value (here: unused) would be silently ignored: refused instead.
    expect(() => sync.prepared((db: Db, _unused: string) => db.selectFrom('send_log').select('at'))).toThrow(
      /argument 0 is not a bound value/,
    );
    // A bound LIMIT makes SQLite prepare the statement again at each run: refused, a literal one is not.
    const oldest = (db: Db, robotId: string) =>
      db.selectFrom('send_log').select('at').where('robot_id', '=', robotId).orderBy('at').limit(1);
    expect(() => sync.prepared(oldest)).toThrow(/bound LIMIT/);
    const oldestLiteral = (db: Db, robotId: string) =>
      db.selectFrom('send_log').select('at').where('robot_id', '=', robotId).orderBy('at').limit(sql.lit(1));
    expect(sync.prepared(oldestLiteral).all('r1')).toEqual([{ at: 5 }]);
  });
});
