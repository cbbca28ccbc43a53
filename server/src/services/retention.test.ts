import type { DeliveryStatus } from '@dingpost/shared';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { tempDatabaseEachTest } from '../test-support/temp-database.ts';
import { createAuditLog } from './accounts/audit-log.ts';
import { insertDelivery } from './deliveries/delivery-store.ts';
import { startRetention } from './retention.ts';

const t = tempDatabaseEachTest();
const NOW = Date.parse('2026-11-25T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** A delivery of `status` created `daysAgo` days before NOW; returns its id. */
function delivery(status: DeliveryStatus, daysAgo: number): string {
  const { db, sync } = t.opened;
  const row = insertDelivery(
    { db, sync },
    { robotId: 'r1', templateId: null, message: { msgtype: 'text', text: { content: 'x' } } },
  );
  sync.run(
    db
      .updateTable('deliveries')
      .set({ status, created_at: new Date(NOW - daysAgo * DAY).toISOString() })
      .where('id', '=', row.id),
  );
  return row.id;
}

function auditEntry(daysAgo: number): void {
  createAuditLog(t.opened.db, () => NOW - daysAgo * DAY).recordIn(t.opened.sync, {
    actor: { kind: 'user', id: 'u1', name: 'admin' },
    action: 'delivery.create',
  });
}

const remaining = async () => ({
  deliveries: (await t.opened.db.selectFrom('deliveries').select('id').execute()).map((r) => r.id).sort(),
  auditEntries: (await t.opened.db.selectFrom('audit_log').select('at').execute()).length,
});

const retention = (days: number) => {
  const lines: string[] = [];
  const started = startRetention({
    ...t.opened,
    logger: createLogger('info', (l) => lines.push(l)),
    days,
    now: () => NOW,
  });
  return { started, lines };
};

describe('retention', () => {
  it('deletes finished deliveries and audit entries older than the period, never a queued or sending one', async () => {
    const kept = [
      delivery('queued', 400),
      delivery('sending', 400),
      delivery('sent', 29),
      delivery('failed', 1),
    ].sort();
    for (const status of ['sent', 'failed', 'digested'] as const) delivery(status, 31);
    for (const daysAgo of [400, 31, 29, 0]) auditEntry(daysAgo);

    const { started, lines } = retention(30);
    expect(await started.prune()).toEqual({ deliveries: 0, auditEntries: 0 }); // the start's prune did it
    await started.stop();
    expect(await remaining()).toEqual({ deliveries: kept, auditEntries: 2 });
    expect(lines.some((l) => l.includes('"old history deleted"') && l.includes('"deliveries":3'))).toBe(true);
  });

  it('deletes thousands in batches, and keeps everything with 0 days', async () => {
    for (let i = 0; i < 2500; i++) delivery('sent', 100);
    const keepAll = retention(0).started;
    expect(await keepAll.prune()).toEqual({ deliveries: 0, auditEntries: 0 });
    await keepAll.stop();
    expect((await remaining()).deliveries).toHaveLength(2500);

    const { started, lines } = retention(90);
    await started.prune(); // after the start's own, which deleted them all
    await started.stop();
    expect((await remaining()).deliveries).toHaveLength(0);
    expect(lines.some((l) => l.includes('"deliveries":2500'))).toBe(true);
  });
});
