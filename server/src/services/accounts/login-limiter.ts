/**
 * Failed logins allowed in any window: for one username from one client address; from one address over
 * all usernames; and for one username over all addresses, a looser brake on guessing spread over many.
 */
export const LOGIN_LIMITS = {
  perUsernameAndAddress: 5,
  perAddress: 20,
  perUsername: 50,
  windowMs: 15 * 60_000,
} as const;
/** Keys kept before old ones are swept, so a flood of usernames cannot grow the map without bound. */
const MAX_KEYS = 10_000;

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;

/**
 * Counts failed logins in memory (a restart forgives them: acceptable for a brake on guessing). The tight
 * limit is per username and address, so anyone who knows a username cannot lock its owner out from
 * another address by failing on purpose; an address is limited on its own so it cannot spray passwords
 * across many usernames, and a username on its own (more loosely) so many addresses cannot share the work.
 */
export function createLoginLimiter(now: () => number, limits = LOGIN_LIMITS) {
  const failures = new Map<string, number[]>();

  const recent = (key: string, at: number) => (failures.get(key) ?? []).filter((t) => t > at - limits.windowMs);

  const sweep = (at: number) => {
    for (const [key, times] of failures) {
      const kept = times.filter((t) => t > at - limits.windowMs);
      if (kept.length === 0) failures.delete(key);
      else failures.set(key, kept);
    }
  };

  const pairKey = (username: string, address: string) => `pair:${username.toLowerCase()}\n${address}`;
  const keys = (username: string, address: string) =>
    [
      [pairKey(username, address), limits.perUsernameAndAddress],
      [`addr:${address}`, limits.perAddress],
      [`user:${username.toLowerCase()}`, limits.perUsername],
    ] as const;

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  const retryAfter = (username: string, address: string): number => {
    const at = now();
    let wait = 0;
    for (const [key, max] of keys(username, address)) {
      const times = recent(key, at);
      if (times.length >= max) wait = Math.max(wait, times[times.length - max]! + limits.windowMs - at);
    }
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  };

  return {
    retryAfter,

    /**
     * Takes an attempt before the password is checked: 0 when one is allowed (it counts as failed from
     * now on, so guesses sent at once cannot all pass while the first is being checked), else the seconds
     * until one is allowed. A correct password then calls `succeed`.
     */
    attempt(username: string, address: string): number {
      const wait = retryAfter(username, address);
      if (wait > 0) return wait;
      const at = now();
      if (failures.size >= MAX_KEYS) sweep(at);
      for (const [key] of keys(username, address)) failures.set(key, [...recent(key, at), at]);
      return 0;
    },

    /**
     * The attempt was right: it no longer counts against the address or the username, and the count of
     * that username from that address is cleared; not the address's (others may be guessing from it),
     * nor the username's (others may be guessing it from elsewhere).
     */
    succeed(username: string, address: string): void {
      failures.delete(pairKey(username, address));
      for (const [key] of keys(username, address).slice(1)) {
        const times = failures.get(key);
        times?.pop();
        if (times?.length === 0) failures.delete(key);
      }
    },
  };
}
