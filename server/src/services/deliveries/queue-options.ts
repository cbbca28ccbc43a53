import { THROTTLE_COOLDOWN_MS, wholeNumberText } from '@dingpost/shared';
import { z } from 'zod';
import { ConfigError, type Config } from '../../config.ts';

/**
 * The queue's tuning knobs beyond config.ts (rate limit and window live there). Read once at start and
 * validated like the rest of the configuration; tests shorten them through the environment.
 */
const envSchema = z.object({
  /** How long a robot rests after DingTalk throttled it (DingTalk itself blocks it for 10 minutes). */
  ROBOT_COOLDOWN_MS: wholeNumberText(1, 86_400_000).default(THROTTLE_COOLDOWN_MS),
  RETRY_BASE_MS: wholeNumberText(1, 3_600_000).default(1_000),
  RETRY_MAX_MS: wholeNumberText(1, 86_400_000).default(300_000),
  RETRY_MAX_ATTEMPTS: wholeNumberText(1, 100).default(10),
  RETRY_MAX_AGE_MS: wholeNumberText(1).default(86_400_000),
  SEND_TIMEOUT_MS: wholeNumberText(1, 120_000).default(10_000),
  /**
   * Requests one robot may have in flight at once (claimed in queue order). 1, the default, keeps the
   * group's order that of the queue: with more, a slow request can be overtaken by the next. At 20
   * messages a minute, round trips never hold a robot back; a short window (tests, benchmarks) may want more.
   */
  ROBOT_MAX_IN_FLIGHT: wholeNumberText(1, 20).default(1),
});

export type QueueOptions = {
  rateLimit: number;
  windowMs: number;
  cooldownMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  maxAgeMs: number;
  sendTimeoutMs: number;
  maxInFlight: number;
};

export function loadQueueOptions(config: Config, env: NodeJS.ProcessEnv = process.env): QueueOptions {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    rateLimit: config.robotRateLimit,
    windowMs: config.robotRateWindowMs,
    cooldownMs: e.ROBOT_COOLDOWN_MS,
    retryBaseMs: e.RETRY_BASE_MS,
    retryMaxMs: e.RETRY_MAX_MS,
    maxAttempts: e.RETRY_MAX_ATTEMPTS,
    maxAgeMs: e.RETRY_MAX_AGE_MS,
    sendTimeoutMs: e.SEND_TIMEOUT_MS,
    maxInFlight: e.ROBOT_MAX_IN_FLIGHT,
  };
}
