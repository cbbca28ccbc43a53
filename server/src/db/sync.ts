import type SqliteDatabase from 'better-sqlite3';
import type { Compilable, InferResult } from 'kysely';
import type { Db } from './database.ts';

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

/** A query compiled once (see `prepared` below), run with its arguments bound. */
export type Prepared<A extends unknown[], Q extends Compilable<unknown>> = {
  all(...args: A): InferResult<Q>;
  first(...args: A): InferResult<Q>[number] | undefined;
  /** A write without RETURNING: how many rows it changed. */
  run(...args: A): number;
};

/**
 * Runs Kysely-built queries at once, without awaiting: for the delivery queue's transactions, which
 * hold the connection only for the microseconds they take, so nothing else can run inside one and the
 * send path pays no event-loop hops per statement. Kysely's own async queries are single statements,
 * outside any transaction, so the two never interleave.
 */
export function createSyncDb(sqlite: SqliteDatabase.Database, db: Db) {
  const compiled = new Map<unknown, unknown>();
  // One transaction function for every call: better-sqlite3 builds four wrappers each time one is made
  // (8 KB of garbage a send, made three times). It begins, or takes a savepoint when already inside one.
  const inTransaction = sqlite.transaction((fn: () => unknown) => fn());
  function execute<Q extends Compilable<unknown>>(query: Q): { rows: InferResult<Q>; changes: number } {
    const { sql, parameters } = query.compile();
    const statement = preparedStatement(sqlite, sql);
    if (statement.reader) return { rows: statement.all(parameters) as InferResult<Q>, changes: 0 };
    return { rows: [] as unknown as InferResult<Q>, changes: statement.run(parameters).changes };
  }
  /**
   * A query Kysely builds and compiles once, with stand-in values for its arguments, then runs with the
   * real ones: no builder or compiler work per call (on the send path that work, mostly in code too
   * rarely run to be optimised, cost more than SQLite). The query's shape must not depend on the
   * arguments, and each argument must reach the SQL as a bound value (checked here). Keyed by `build`:
   * pass a function defined once (at module level), and it is compiled once per database. A LIMIT or
   * OFFSET must be a literal (`sql.lit(1)`): SQLite plans with a bound one's value, so it prepares the
   * statement again each time the value is bound (four times the cost of a small query).
   */
  function prepared<A extends unknown[], Q extends Compilable<unknown>>(build: (db: Db, ...args: A) => Q) {
    const known = compiled.get(build);
    if (known) return known as Prepared<A, Q>;
    const stand = Array.from({ length: build.length - 1 }, (_, i) => `\u0000arg${i}\u0000`);
    const { sql, parameters } = build(db, ...(stand as A)).compile();
    const slots = parameters.map((value) => stand.indexOf(value as string));
    for (const [i, mark] of stand.entries())
      if (!parameters.includes(mark)) throw new Error(`prepared: argument ${i} is not a bound value in: ${sql}`);
    if (/\b(limit|offset) \?/i.test(sql)) throw new Error(`prepared: a bound LIMIT or OFFSET (use sql.lit) in: ${sql}`);
    const statement = preparedStatement(sqlite, sql);
    const bind = (args: A) => parameters.map((value, j) => (slots[j]! >= 0 ? args[slots[j]!] : value));
    const query: Prepared<A, Q> = {
      all: (...args) => statement.all(bind(args)) as InferResult<Q>,
      // For a write with RETURNING too: SQLite makes every change at the first step.
      first: (...args) => statement.get(bind(args)) as InferResult<Q>[number] | undefined,
      run: (...args) => statement.run(bind(args)).changes,
    };
    compiled.set(build, query);
    return query;
  }

  return {
    prepared,
    /** Every row the query yields (a select, or a write with RETURNING). */
    all: <Q extends Compilable<unknown>>(query: Q): InferResult<Q> => execute(query).rows,
    first: <Q extends Compilable<unknown>>(query: Q): InferResult<Q>[number] | undefined => execute(query).rows[0],
    /** A write without RETURNING: how many rows it changed. */
    run: (query: Compilable<unknown>): number => execute(query).changes,
    /** `fn` in one transaction (a savepoint when already inside one); a throw rolls it back. */
    transaction: <T>(fn: () => T): T => inTransaction(fn) as T,
  };
}
