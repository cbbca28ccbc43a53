import { performance } from 'node:perf_hooks';
import type { MiddlewareHandler } from 'hono';

/**
 * Lets a request start only while this turn of the event loop has run requests for less than
 * `budgetMs`; past that, it waits for the next turn, in the order it came. A flood of requests read
 * from their sockets in one go would otherwise all run back to back, and what else came meanwhile waits
 * behind them: above all, the answers of sends in flight. A robot's next send starts only once the last
 * one's answer has been read, and its sliding window counts a send from that moment, so an answer read
 * late delays every send behind it.
 */
export function turnBudget(budgetMs: number): MiddlewareHandler {
  /** When the first request of this turn started (null: none has yet). */
  let turnStartedAt: number | null = null;
  const endTurn = () => {
    turnStartedAt = null;
  };
  const mayStart = () => {
    const now = performance.now();
    if (turnStartedAt === null) {
      turnStartedAt = now;
      // Runs once this turn's input has been handled (the check phase): the waiting requests, queued
      // behind it, then start a turn of their own.
      setImmediate(endTurn);
      return true;
    }
    return now - turnStartedAt < budgetMs;
  };
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  /** Requests waiting for a turn: while there are any, a newcomer waits behind them. */
  let waiting = 0;
  return async (_c, next) => {
    if (waiting > 0 || !mayStart()) {
      waiting++;
      try {
        do await nextTurn();
        while (!mayStart());
      } finally {
        waiting--;
      }
    }
    await next();
  };
}
