/**
 * The strict sliding window: a send may start at t only when fewer than `limit` sends happened in
 * [t - windowMs, t], so any two sends `limit` apart are more than `windowMs` apart — DingTalk, which
 * counts its own way, never sees more than `limit` in any window.
 *
 * Times are send_log `at` values: the latest moment DingTalk could have received the request — its
 * start plus the send timeout while it is in flight, its end once answered — so however late a request
 * reaches DingTalk, DingTalk's own count agrees with ours.
 */
export type Window = { limit: number; windowMs: number };

/** Epoch ms when the next send may start, given the window's recent send times (any order). */
export function nextSlotAt(recent: readonly number[], now: number, w: Window): number {
  const inWindow = recent.filter((at) => at >= now - w.windowMs).sort((a, b) => b - a);
  return slotAfter(inWindow[w.limit - 1], now, w);
}

/**
 * Epoch ms when the next send may start, given the window's `limit`-th newest send inside it (the one the
 * next send must be more than windowMs after), or undefined when the window holds fewer than `limit`.
 */
export function slotAfter(limitthNewest: number | undefined, now: number, w: Window): number {
  return limitthNewest === undefined ? now : Math.max(now, limitthNewest + w.windowMs + 1);
}

/** How many sends may start right now. */
export function roomAt(recent: readonly number[], now: number, w: Window): number {
  const used = recent.filter((at) => at >= now - w.windowMs).length;
  return Math.max(0, w.limit - used);
}

/**
 * When the j-th future send (1 = next) may start, if nothing else sends meanwhile and no send takes time:
 * slot j waits for the send `limit` places before it (a past one, or an earlier future slot) to leave the window.
 */
export function futureSlotAt(recent: readonly number[], from: number, j: number, w: Window): number {
  const past = [...recent].sort((a, b) => a - b).slice(-w.limit);
  const r = ((j - 1) % w.limit) + 1;
  const laps = Math.floor((j - 1) / w.limit);
  const blocker = past[past.length + r - w.limit - 1];
  const first = blocker === undefined ? from : Math.max(from, blocker + w.windowMs + 1);
  return first + laps * (w.windowMs + 1);
}
