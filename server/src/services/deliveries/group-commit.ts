import type { Db } from '../../db/database.ts';
import type { Queryable } from './delivery-store.ts';

type Waiting<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Runs concurrent writes in shared transactions: whatever arrives while one commits goes into the next.
 * Each caller still returns only once its own row is committed, but a burst of requests pays for a few
 * commits (each a disk sync) instead of one apiece.
 */
export function groupCommit<I, O>(db: Db, write: (trx: Queryable, input: I) => Promise<O>): (input: I) => Promise<O> {
  let waiting: Waiting<I, O>[] = [];
  let committing = false;

  async function drain() {
    committing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const outputs = await db.transaction().execute(async (trx) => {
          const done: O[] = [];
          for (const item of batch) done.push(await write(trx, item.input));
          return done;
        });
        batch.forEach((item, i) => item.resolve(outputs[i]!));
      } catch {
        // One bad write must not fail the others: retry them one by one.
        for (const item of batch) await write(db, item.input).then(item.resolve, item.reject);
      }
    }
    committing = false;
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!committing) void drain();
    });
}
