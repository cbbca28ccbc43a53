/**
 * Which unsettled deliveries to ask about on poll number `tick`, at most `limit` of them. The list is
 * newest first but a robot's queue sends its oldest first, so the oldest are asked about first; past
 * `limit`, each tick moves on to the next ones, so every row is asked about within ceil(n / limit) ticks
 * (only ever taking the first `limit`, rows below them that got delivered kept showing "queued").
 */
export function pollBatch<T>(newestFirst: readonly T[], tick: number, limit: number): T[] {
  const oldestFirst = [...newestFirst].reverse();
  if (oldestFirst.length <= limit) return oldestFirst;
  const start = (tick * limit) % oldestFirst.length;
  return [...oldestFirst.slice(start), ...oldestFirst.slice(0, start)].slice(0, limit);
}
