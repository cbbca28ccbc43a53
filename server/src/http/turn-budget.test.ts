import { performance } from 'node:perf_hooks';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { turnBudget } from './turn-budget.ts';

/** An app whose every request works `workMs` on the CPU and records the order requests ran in. */
function busyApp(budgetMs: number | null, workMs: number, log: string[]) {
  const app = new Hono();
  if (budgetMs !== null) app.use(turnBudget(budgetMs));
  app.get('/:n', (c) => {
    const until = performance.now() + workMs;
    while (performance.now() < until);
    log.push(c.req.param('n'));
    return c.text('ok');
  });
  return app;
}

/** Fires `count` requests at once, as a burst read from many sockets in one go, and notes when a timer got in. */
async function flood(budgetMs: number | null, count: number) {
  const log: string[] = [];
  const app = busyApp(budgetMs, 1, log);
  const timer = new Promise<void>((resolve) => setTimeout(() => resolve(void log.push('timer')), 0));
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => app.request(`/${i}`)));
  await timer;
  return { log, statuses: answers.map((a) => a.status) };
}

describe('turnBudget', () => {
  it('lets other work in between a flood of requests, which still all run, in the order they came', async () => {
    const { log, statuses } = await flood(2, 12);
    expect(statuses).toEqual(Array(12).fill(200));
    expect(log.filter((entry) => entry !== 'timer')).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    // About 2 ms of requests per turn: the timer runs within the first few, not after all twelve.
    expect(log.indexOf('timer')).toBeLessThan(6);
  });

  it('without it, the same flood runs back to back before anything else', async () => {
    const { log } = await flood(null, 12);
    expect(log.indexOf('timer')).toBe(12);
  });

  it('starts a request at once while the turn has budget left', async () => {
    const log: string[] = [];
    const app = busyApp(2, 0, log);
    const first = app.request('/1');
    expect(log).toEqual(['1']);
    await first;
    const second = app.request('/2');
    expect(log).toEqual(['1', '2']);
    await second;
  });

  it('keeps newcomers behind requests already waiting', async () => {
    const log: string[] = [];
    const app = busyApp(1, 1, log);
    const first = app.request('/0');
    // Comes at the start of the next turn, before the requests waiting for it have run.
    const late = new Promise<Response>((resolve) => setImmediate(() => resolve(app.request('/late'))));
    const waiting = [app.request('/1'), app.request('/2')];
    await Promise.all([first, late, ...waiting]);
    expect(log).toEqual(['0', '1', '2', 'late']);
  });
});
