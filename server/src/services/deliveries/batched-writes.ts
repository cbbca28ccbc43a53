import type { SyncDb } from '../../db/sync.ts';

type Waiting<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Writes that arrive together commit together: each call waits until the end of the current pass of
 * the event loop (setImmediate), then every input gathered meanwhile is written in one synchronous
 * transaction. A burst of requests, read in one go from their sockets, pays for one commit (the WAL
 * writes) instead of one each; a lone write waits a single loop turn. Each caller still returns only
 * once its own row is committed. One bad write does not fail the others: they are retried one by one.
 */
export function batchedWrites<I, O>(
  sync: SyncDb,
  write: (input: I) => O,
  afterCommit: (written: readonly { input: I; output: O }[]) => void = () => {},
): (input: I) => Promise<O> {
  let waiting: Waiting<I, O>[] = [];

  function flush() {
    const batch = waiting;
    waiting = [];
    const written: { input: I; output: O }[] = [];
    try {
      const outputs = sync.transaction(() => batch.map((item) => write(item.input)));
      batch.forEach((item, i) => written.push({ input: item.input, output: outputs[i]! }));
      batch.forEach((item, i) => item.resolve(outputs[i]!));
    } catch {
      for (const item of batch) {
        try {
          const output = sync.transaction(() => write(item.input));
          written.push({ input: item.input, output });
          item.resolve(output);
        } catch (error) {
          item.reject(error);
        }
      }
    }
    afterCommit(written);
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (waiting.length === 1) setImmediate(flush);
    });
}
