import nodeModule from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** How often the background connections move committed pages from the WAL into the database files. */
const CHECKPOINT_EVERY_MS = 1000;

// Plain CommonJS, run with `eval`: the bundled server has no separate worker file to point at. One
// connection per database file; a file is checkpointed one last time when it is removed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const open = new Map();
const checkpoint = (file, db) => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ file, error: String(error && error.message) });
  }
};
setInterval(() => open.forEach((db, file) => checkpoint(file, db)), workerData.everyMs);
parentPort.on('message', ({ add, remove }) => {
  if (add !== undefined && !open.has(add)) {
    const db = new Database(add, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    open.set(add, db);
  }
  const db = open.get(remove);
  if (db) {
    open.delete(remove);
    checkpoint(remove, db);
    db.close();
  }
  if (remove !== undefined) parentPort.postMessage({ file: remove, removed: true });
});
`;

let shared: Worker | null = null;
const errorHandlers = new Map<string, (message: string) => void>();
const removals = new Map<string, () => void>();
/** stop() waits this long at most for the worker to let go of a file. */
const STOP_TIMEOUT_MS = 2000;

type WorkerMessage = { file: string; error?: string; removed?: true };

function worker(): Worker {
  if (shared) return shared;
  const started = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: nodeModule.createRequire(import.meta.url).resolve('better-sqlite3'),
      everyMs: CHECKPOINT_EVERY_MS,
    },
  });
  started.on('message', ({ file, error, removed }: WorkerMessage) => {
    if (removed) removals.get(file)?.();
    else if (error !== undefined) errorHandlers.get(file)?.(error);
  });
  started.on('error', (error) => {
    shared = null;
    for (const onError of errorHandlers.values()) onError(error.message);
    for (const done of removals.values()) done();
  });
  // After the listeners: adding one refs the worker's port again.
  started.unref();
  return (shared = started);
}

/**
 * Checkpoints a WAL database from a worker thread instead of inside commits. SQLite's automatic
 * checkpoint runs in whichever commit crosses 1000 WAL pages and syncs the file to disk there: a
 * 10–20 ms stall of the event loop every few hundred sends, which is what a send's tail latency was
 * made of. A PASSIVE checkpoint on a second connection neither waits for nor blocks the writer. One
 * worker serves every database of the process. If it fails, SQLite's own checkpointing comes back.
 */
export function checkpointInBackground(
  sqlite: SqliteDatabase.Database,
  onError: (message: string) => void = () => {},
): { stop(): Promise<void> } {
  const file = sqlite.name;
  let thread: Worker;
  try {
    thread = worker();
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
    return { stop: async () => {} };
  }
  errorHandlers.set(file, (message) => {
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    onError(message);
  });
  thread.postMessage({ add: file });
  sqlite.pragma('wal_autocheckpoint = 0');
  return {
    /** Resolves once the worker has checkpointed the file a last time and closed its connection. */
    stop() {
      errorHandlers.delete(file);
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, STOP_TIMEOUT_MS);
        function done() {
          clearTimeout(timer);
          removals.delete(file);
          resolve();
        }
        removals.set(file, done);
        thread.postMessage({ remove: file });
      });
    },
  };
}
