import type { SyncDb } from '../../db/sync.ts';

type Waiting<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/** What to do once the transaction that wrote a batch has ended, either way. */
export type AfterCommit = { committed(): void; rolledBack(): void };

export type Written<I, O> = readonly { input: I; output: O }[];

const NOTHING_AFTER: AfterCommit = { committed() {}, rolledBack() {} };

/**
 * Writes that arrive together commit together: each call waits until the end of the current pass of
 * the event loop (setImmediate), then every input gathered meanwhile is written in one synchronous
 * transaction. A burst of requests, read in one go from their sockets, pays for one commit (the WAL
 * writes) instead of one each; a lone write waits a single loop turn. Each caller still returns only
 * once its own row is committed. One bad write does not fail the others: they are retried one by one.
 *
 * `withinCommit` runs inside the transaction, after the writes, and may add to it; what it returns is told
 * how the transaction ended. It must not throw.
 */
export function batchedWrites<I, O>(
  sync: SyncDb,
  write: (input: I) => O,
  withinCommit: (written: Written<I, O>) => AfterCommit = () => NOTHING_AFTER,
): (input: I) => Promise<O> {
  let waiting: Waiting<I, O>[] = [];

  /** Writes `items` in one transaction; throws, with nothing written, when any write or the commit fails. */
  function commit(items: readonly Waiting<I, O>[]): { outputs: O[]; after: AfterCommit } {
    let after: AfterCommit = NOTHING_AFTER;
    try {
      const outputs = sync.transaction(() => {
        const outputs = items.map((item) => write(item.input));
        after = withinCommit(items.map((item, i) => ({ input: item.input, output: outputs[i]! })));
        return outputs;
      });
      return { outputs, after };
    } catch (error) {
      after.rolledBack();
      throw error;
    }
  }

  function flush() {
    const batch = waiting;
    waiting = [];
    let done: { outputs: O[]; after: AfterCommit };
    try {
      done = commit(batch);
    } catch {
      for (const item of batch) {
        try {
          const single = commit([item]);
          item.resolve(single.outputs[0]!);
          single.after.committed();
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(done.outputs[i]!));
    done.after.committed();
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (waiting.length === 1) setImmediate(flush);
    });
}
