/** Alarms never sleep longer than this, so a clock jump or a missed notify heals itself. */
export const MAX_SLEEP_MS = 60_000;
/** How close to the alarm's time timers hand over to loop turns (see set). */
const SPIN_MS = 3;

export type Alarm = {
  /** When the alarm will ring (Infinity: not set). */
  readonly at: number;
  /** Rings at `at` (epoch ms) unless it is already set to ring earlier. */
  set(at: number): void;
  cancel(): void;
};

/**
 * One pending wake-up, rung by calling `ring`. Node's timers fire a millisecond or more late, and every late
 * wake-up of a full window is time lost for good; so the last few milliseconds are waited out loop turn
 * by loop turn.
 */
export function createAlarm(ring: () => void): Alarm {
  let timer: NodeJS.Timeout | undefined;
  let spin: NodeJS.Immediate | undefined;
  let pendingAt = Infinity;

  function cancel() {
    clearTimeout(timer);
    clearImmediate(spin);
    timer = undefined;
    spin = undefined;
    pendingAt = Infinity;
  }

  return {
    get at() {
      return pendingAt;
    },
    set(at) {
      if (pendingAt <= at) return;
      cancel();
      pendingAt = at;
      const fire = () => {
        cancel();
        ring();
      };
      const wait = () => {
        timer = undefined;
        spin = undefined;
        const left = at - Date.now();
        if (left <= 0) fire();
        else if (left > MAX_SLEEP_MS) timer = setTimeout(fire, MAX_SLEEP_MS);
        else if (left > SPIN_MS) timer = setTimeout(wait, left - SPIN_MS);
        else spin = setImmediate(wait);
      };
      spin = setImmediate(wait);
    },
    cancel,
  };
}
