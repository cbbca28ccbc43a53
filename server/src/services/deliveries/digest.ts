import { randomUUID } from 'node:crypto';
import type { DingtalkMessage } from '@dingpost/shared';
import { newId } from '../../db/ids.ts';
import type { QueueDb } from './delivery-store.ts';
import { digestMessage } from './digest-message.ts';

/**
 * Merges a coalescing robot's waiting deliveries beyond the first `room` (those the window sends now)
 * into one digest delivery, in one transaction: the digest is queued and each merged delivery becomes
 * `digested` pointing at it. A delivery already attempted is never merged (DingTalk may have shown it,
 * and only its own msgUuid keeps a retry from showing twice). A queued digest merges into the next one,
 * its sources re-pointed there. Returns the digest's id, or null when fewer than two could be merged.
 */
export function coalesceQueue(
  { db, sync }: QueueDb,
  robotId: string,
  room: number,
  keywords: readonly string[],
): { digestId: string; merged: string[] } | null {
  return sync.transaction(() => {
    const queued = sync.all(
      db
        .selectFrom('deliveries')
        .select(['id', 'seq', 'message', 'attempts'])
        .where('robot_id', '=', robotId)
        .where('status', '=', 'queued')
        .orderBy('seq'),
    );
    const mergeable = queued.slice(room).filter((d) => d.attempts === 0);
    if (mergeable.length < 2) return null;
    const ids = mergeable.map((d) => d.id);
    // Sources of earlier digests being merged again: they, not the old digest, become lines of the new one.
    const earlier = sync.all(
      db
        .selectFrom('deliveries')
        .select(['id', 'seq', 'message', 'digest_id'])
        .where('status', '=', 'digested')
        .where('digest_id', 'in', ids),
    );
    const earlierDigests = new Set(earlier.map((d) => d.digest_id));
    const sources = [...mergeable.filter((d) => !earlierDigests.has(d.id)), ...earlier]
      .sort((a, b) => a.seq - b.seq)
      .map((d) => JSON.parse(d.message) as DingtalkMessage);

    const digestId = newId('dlv');
    const message = digestMessage(sources, keywords, randomUUID());
    sync.run(
      db.insertInto('deliveries').values({
        id: digestId,
        robot_id: robotId,
        template_id: null,
        status: 'queued',
        message: JSON.stringify(message),
        msg_uuid: message.msgUuid!,
        attempts: 0,
        errcode: null,
        errmsg: null,
        explanation: null,
        digest_id: null,
        not_before: 0,
        created_at: new Date().toISOString(),
        sent_at: null,
      }),
    );
    const merged = [...ids, ...earlier.map((d) => d.id)];
    sync.run(db.updateTable('deliveries').set({ status: 'digested', digest_id: digestId }).where('id', 'in', merged));
    return { digestId, merged };
  });
}
