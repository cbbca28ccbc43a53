import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type OpenedDatabase = { db: Db; sqlite: SqliteDatabase.Database };

/** Opens (creating when needed) the SQLite file under dataDir in WAL mode and migrates it. */
export async function openDatabase(dataDir: string, fileName = 'dingpost.sqlite'): Promise<OpenedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(path.join(dataDir, fileName));
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives the process being killed (kill -9); only an OS crash or power cut
  // can lose the last commits. FULL costs ~4 ms per commit here, three commits per send.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, sqlite };
}
