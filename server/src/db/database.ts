import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { checkpointInBackground } from './checkpointer.ts';
import { migrations } from './migrations/index.ts';
import { ownerOnlyDatabaseFile } from './owner-only.ts';
import type { Database } from './schema.ts';
import { createSyncDb, preparedStatement, type SyncDb } from './sync.ts';

export type Db = Kysely<Database>;

export type OpenedDatabase = {
  db: Db;
  sqlite: SqliteDatabase.Database;
  sync: SyncDb;
  /** Lets go of the file: the background checkpointer first, then the connection. */
  close(): Promise<void>;
};

/** Opens (creating when needed) the SQLite file under dataDir in WAL mode and migrates it. */
export async function openDatabase(
  dataDir: string,
  opts: { fileName?: string; onCheckpointError?: (message: string) => void } = {},
): Promise<OpenedDatabase> {
  const sqlite = new SqliteDatabase(ownerOnlyDatabaseFile(dataDir, opts.fileName ?? 'dingpost.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives the process being killed (kill -9); only an OS crash or power cut
  // can lose the last commits. FULL costs ~4 ms per commit here, three commits per send.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Checkpointed in the background (checkpointer.ts); the WAL file is cut back to this size when it restarts.
  sqlite.pragma(`journal_size_limit = ${16 * 1024 * 1024}`);
  const checkpointer = checkpointInBackground(sqlite, opts.onCheckpointError);
  // The same SQL text runs the same prepared statement (see sync.ts).
  const database = { close: () => sqlite.close(), prepare: (sql: string) => preparedStatement(sqlite, sql) };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    db,
    sqlite,
    sync: createSyncDb(sqlite, db),
    async close() {
      await checkpointer.stop();
      await db.destroy();
    },
  };
}
