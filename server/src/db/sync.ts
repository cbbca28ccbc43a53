import type SqliteDatabase from 'better-sqlite3';
import type { Compilable, InferResult } from 'kysely';

/** Statements kept prepared per connection; past this many distinct SQL texts the oldest is dropped. */
const MAX_CACHED_STATEMENTS = 500;
const caches = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/**
 * The connection's prepared statement for this SQL text, prepared once. Preparing costs more than
 * running most of our queries, and Kysely's SQLite driver would otherwise prepare every query it runs.
 * Sharing a statement is safe because only the synchronous all()/run() are ever called on it.
 */
export function preparedStatement(sqlite: SqliteDatabase.Database, sql: string): SqliteDatabase.Statement {
  let statements = caches.get(sqlite);
  if (statements === undefined) caches.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = sqlite.prepare(sql);
    if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
    statements.set(sql, statement);
  }
  return statement;
}

export type SyncDb = ReturnType<typeof createSyncDb>;

/**
 * Runs Kysely-built queries at once, without awaiting: for the delivery queue's transactions, which
 * hold the connection only for the microseconds they take, so nothing else can run inside one and the
 * send path pays no event-loop hops per statement. Kysely's own async queries are single statements,
 * outside any transaction, so the two never interleave.
 */
export function createSyncDb(sqlite: SqliteDatabase.Database) {
  function execute<Q extends Compilable<unknown>>(query: Q): { rows: InferResult<Q>; changes: number } {
    const { sql, parameters } = query.compile();
    const statement = preparedStatement(sqlite, sql);
    if (statement.reader) return { rows: statement.all(parameters) as InferResult<Q>, changes: 0 };
    return { rows: [] as unknown as InferResult<Q>, changes: statement.run(parameters).changes };
  }
  return {
    /** Every row the query yields (a select, or a write with RETURNING). */
    all: <Q extends Compilable<unknown>>(query: Q): InferResult<Q> => execute(query).rows,
    first: <Q extends Compilable<unknown>>(query: Q): InferResult<Q>[number] | undefined => execute(query).rows[0],
    /** A write without RETURNING: how many rows it changed. */
    run: (query: Compilable<unknown>): number => execute(query).changes,
    /** `fn` in one transaction (a savepoint when already inside one); a throw rolls it back. */
    transaction: <T>(fn: () => T): T => sqlite.transaction(fn)(),
  };
}
