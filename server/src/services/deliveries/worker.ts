import type { DeliveryStatus } from '@dingpost/shared';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { createAlarm, MAX_SLEEP_MS } from './alarm.ts';
import type { AfterCommit } from './batched-writes.ts';
import { coalesceQueue } from './digest.ts';
import { windowOf } from './delivery-store.ts';
import { claim, deliver, failAll, type Claimed, type WorkerDeps } from './send-attempt.ts';

export type { WorkerDeps } from './send-attempt.ts';

export type Worker = {
  /** Re-queues what a previous process left in flight, then starts pacing. */
  start(): Promise<void>;
  /**
   * Something was queued (for `robotId`): look again now rather than at the next timer, unless that
   * robot's lane is known to be busy or waiting, when a pass would only find the same.
   */
  notify(robotId?: string): void;
  /**
   * Plans these robots' lanes inside the caller's open transaction, so that deliveries it just wrote are
   * claimed in the same commit. The sends start, and the changes are announced, once it has committed.
   */
  planWithin(robotIds: Iterable<string>): AfterCommit;
  /** Stops picking up deliveries and waits for the sends in flight to be recorded. */
  stop(): Promise<void>;
};

/** The head of each robot's queue, with what pacing it needs to know of the robot. */
const headsQuery = (db: Db) =>
  db
    .selectFrom('deliveries as d')
    .leftJoin('robots as r', 'r.id', 'd.robot_id')
    .select(['d.id', 'd.robot_id', 'd.not_before', 'r.id as robot', 'r.cooldown_until', 'r.coalesce', 'r.keywords'])
    .where('d.status', '=', 'queued')
    .where('d.seq', 'in', (eb) =>
      eb
        .selectFrom('deliveries')
        .select((e) => e.fn.min('seq').as('seq'))
        .where('status', '=', 'queued')
        .groupBy('robot_id'),
    );
/** The head of one robot's queue, as headsQuery gives it. */
const headOfQuery = (db: Db, robotId: string) =>
  db
    .selectFrom('deliveries as d')
    .leftJoin('robots as r', 'r.id', 'd.robot_id')
    .select(['d.id', 'd.robot_id', 'd.not_before', 'r.id as robot', 'r.cooldown_until', 'r.coalesce', 'r.keywords'])
    .where('d.robot_id', '=', robotId)
    .where('d.status', '=', 'queued')
    .orderBy('d.seq')
    .limit(sql.lit(1));
const nextQueuedQuery = (db: Db, robotId: string) =>
  db
    .selectFrom('deliveries')
    .select(['id', 'not_before'])
    .where('robot_id', '=', robotId)
    .where('status', '=', 'queued')
    .orderBy('seq')
    .limit(sql.lit(1));

const SEND_LOG_KEEP_MS = 60 * 60 * 1000;

/**
 * One loop paces every robot: each robot is a lane fed from the head of its queue (FIFO), started only
 * when the robot is not cooling down, the head's backoff has passed and the sliding window has room.
 * A lane claims in queue order and has up to `maxInFlight` requests out (1 by default, so the group
 * sees the queue's order; more only pays in very short windows). The loop sleeps until the earliest
 * moment something can go; enqueues and finished sends wake it.
 */
export function createWorker(deps: WorkerDeps): Worker {
  const { db, sync, logger, options } = deps;
  /** What a pass started inside a caller's transaction (see planWithin); null outside one. */
  let held: { starts: (() => void)[]; changes: [string, DeliveryStatus][]; lanes: string[] } | null = null;
  const announce = (id: string, status: DeliveryStatus) =>
    held ? held.changes.push([id, status]) : deps.onChange(id, status);
  /** The deps the pass hands on: its status changes wait for the commit like its sends. */
  const passDeps: WorkerDeps = { ...deps, onChange: announce };
  const window = { limit: options.rateLimit, windowMs: options.windowMs };
  /** Sends in flight, per robot, and all of them (stop() waits for these). */
  const inFlight = new Map<string, number>();
  /** Per robot: the moment the last pass found its lane could next send (a timer is set for it). */
  const laneWaitsUntil = new Map<string, number>();
  const sends = new Set<Promise<void>>();
  let stopped = true;
  let passing = false;
  let again = false;
  let lastPrune = 0;
  const alarm = createAlarm(() => loop());
  const wakeAt = (at: number) => {
    if (!stopped) alarm.set(at);
  };

  /**
   * Passes are synchronous (the queue's queries run at once, see db/sync.ts), started from an enqueue, a
   * finished send or the timer; one asked for during a pass (a digest merged) runs right after it. With
   * `robotId`, the pass looks at that robot's lane only: the others have not changed.
   */
  function loop(robotId?: string) {
    if (stopped) return;
    if (passing) {
      again = true;
      return;
    }
    passing = true;
    try {
      let next = robotId === undefined ? pass() : passLane(robotId);
      while (again && !stopped) {
        again = false;
        next = pass();
      }
      // A full pass knows the earliest wake-up; a lane's can only bring it forward (wakeAt keeps the earlier).
      wakeAt(next ?? (robotId === undefined ? Date.now() + MAX_SLEEP_MS : Infinity));
    } catch (error) {
      logger.error('delivery worker pass failed', { error });
      wakeAt(Date.now() + 1000);
    } finally {
      passing = false;
    }
  }

  /** Starts every lane that can send now; returns when the earliest waiting lane could, if any. */
  function pass(): number | null {
    const now = Date.now();
    if (now - lastPrune > 60_000) {
      lastPrune = now;
      sync.run(db.deleteFrom('send_log').where('at', '<', now - Math.max(SEND_LOG_KEEP_MS, 2 * options.windowMs)));
    }
    let next: number | null = null;
    for (const head of sync.prepared(headsQuery).all()) {
      if (stopped) break;
      const readyAt = runLane(head, now);
      if (readyAt !== null) next = next === null ? readyAt : Math.min(next, readyAt);
    }
    return next;
  }

  function passLane(robotId: string): number | null {
    const head = sync.prepared(headOfQuery).first(robotId);
    if (!head) {
      laneWaitsUntil.delete(robotId);
      return null;
    }
    return runLane(head, Date.now());
  }

  /** Plans one lane unless it is full; returns when it could next send (null: nothing to wait for). */
  function runLane(head: Head, now: number): number | null {
    if ((inFlight.get(head.robot_id) ?? 0) >= options.maxInFlight) return null;
    let readyAt: number | null;
    try {
      readyAt = planLane(head, now);
    } catch (error) {
      // One robot's trouble (say, credentials that no longer decrypt) must not stall the others.
      logger.error('delivery lane failed', { robotId: head.robot_id, error });
      readyAt = now + 1000;
    }
    if (readyAt !== null && readyAt > now) laneWaitsUntil.set(head.robot_id, readyAt);
    else laneWaitsUntil.delete(head.robot_id);
    return readyAt;
  }

  type Head = {
    id: string;
    robot_id: string;
    not_before: number;
    robot: string | null;
    cooldown_until: number | null;
    coalesce: number | null;
    keywords: string | null;
  };

  /** Starts the robot's next send if it may go now; otherwise says when it may (null: nothing to wait for). */
  function planLane(head: Head, now: number): number | null {
    if (head.robot === null) {
      failAll(passDeps, head.robot_id);
      return null;
    }
    const cooling = head.cooldown_until !== null && head.cooldown_until > now ? head.cooldown_until : 0;
    const slots = windowOf(deps, head.robot_id, now, window);
    if (head.coalesce) {
      const room = cooling > 0 || head.not_before > now ? 0 : slots.room();
      const keywords = JSON.parse(head.keywords ?? '[]') as string[];
      const digest = coalesceQueue(passDeps, head.robot_id, room, keywords);
      if (digest) {
        logger.info('deliveries merged into a digest', {
          robotId: head.robot_id,
          digestId: digest.digestId,
          merged: digest.merged.length,
        });
        announce(digest.digestId, 'queued');
        for (const id of digest.merged) announce(id, 'digested');
        again = true;
        return null;
      }
    }
    // Claimed one by one, in queue order, while the window has room: up to maxInFlight overlap.
    let next: { id: string; not_before: number } | undefined = head;
    while (next && !stopped && (inFlight.get(head.robot_id) ?? 0) < options.maxInFlight) {
      const readyAt = Math.max(cooling, next.not_before, slots.nextSlotAt());
      if (readyAt > now) return readyAt;
      // The claim logs the send, so the window read next counts it.
      const claimed = claim(passDeps, head.robot_id, next.id);
      if (claimed) launch(head.robot_id, next.id, claimed);
      // A full lane (the usual case: one send at a time) looks at its next delivery when this send ends.
      if ((inFlight.get(head.robot_id) ?? 0) >= options.maxInFlight) return null;
      next = sync.prepared(nextQueuedQuery).first(head.robot_id);
    }
    return null;
  }

  function release(robotId: string) {
    const left = (inFlight.get(robotId) ?? 1) - 1;
    if (left > 0) inFlight.set(robotId, left);
    else inFlight.delete(robotId);
  }

  function launch(robotId: string, deliveryId: string, claimed: Claimed) {
    inFlight.set(robotId, (inFlight.get(robotId) ?? 0) + 1);
    const start = () => {
      const send: Promise<void> = deliver(deps, robotId, deliveryId, claimed)
        .catch((error: unknown) => logger.error('delivery send failed', { deliveryId, error }))
        .finally(() => {
          release(robotId);
          sends.delete(send);
          // Once this turn's promise callbacks have run, so whoever waits on this delivery (POST ?wait=1)
          // answers first; but before the loop reads more requests, which in a burst would hold back
          // the robot's next send by a whole loop turn of them.
          process.nextTick(loop, robotId);
        });
      sends.add(send);
    };
    if (held) {
      held.starts.push(start);
      held.lanes.push(robotId);
    } else start();
  }

  function notify(robotId?: string) {
    if (robotId !== undefined) {
      // A send in flight looks again when it ends; a waiting lane has its timer.
      if ((inFlight.get(robotId) ?? 0) >= options.maxInFlight) return;
      const until = laneWaitsUntil.get(robotId);
      if (until !== undefined && until > Date.now() && alarm.at <= until) return;
    }
    loop(robotId);
  }

  return {
    async start() {
      if (!stopped) return;
      // A delivery left 'sending' by a killed process may or may not have reached DingTalk: the request
      // was logged and marked before it left, and the answer was never recorded. Sending it again is
      // safe because its body, msgUuid included, is the one stored at enqueue time, and DingTalk (and
      // the emulator) shows a message whose msgUuid it has already seen only once. Not sending it again
      // could lose it; so it goes back to the head of its robot's queue, and the group sees it once.
      const resumed = sync.all(
        db
          .updateTable('deliveries')
          .set({ status: 'queued', not_before: 0 })
          .where('status', '=', 'sending')
          .returning('id'),
      );
      if (resumed.length > 0) logger.info('resuming deliveries interrupted mid-send', { count: resumed.length });
      stopped = false;
      loop();
    },
    notify,
    planWithin(robotIds) {
      const plan: NonNullable<typeof held> = { starts: [], changes: [], lanes: [] };
      held = plan;
      try {
        for (const robotId of robotIds) notify(robotId);
      } finally {
        held = null;
      }
      return {
        committed() {
          for (const [id, status] of plan.changes) deps.onChange(id, status);
          for (const start of plan.starts) start();
        },
        rolledBack() {
          // The claims went with the transaction: the lanes are free, and look again at what is there.
          for (const robotId of plan.lanes) release(robotId);
          for (const robotId of new Set(plan.lanes)) setImmediate(() => loop(robotId));
        },
      };
    },
    async stop() {
      stopped = true;
      alarm.cancel();
      await Promise.all(sends);
    },
  };
}
