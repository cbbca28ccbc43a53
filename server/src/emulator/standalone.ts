import path from 'node:path';
import { wholeNumberText } from '@dingpost/shared';
import { z } from 'zod';
import { createLogger } from '../logger.ts';
import { serveEmulator } from './serve.ts';

const envSchema = z.object({
  EMULATOR_PORT: wholeNumberText(0, 65535).default(8788),
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  /** Absent: the inbox lives in memory. */
  DATA_DIR: z.string().min(1).optional(),
  EMULATOR_RATE_LIMIT: wholeNumberText(1, 100_000).default(20),
  EMULATOR_RATE_WINDOW_MS: wholeNumberText(1, 3_600_000).default(60_000),
  EMULATOR_COOLDOWN_MS: wholeNumberText(0, 3_600_000).default(600_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'),
});

const present = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''));
const parsed = envSchema.safeParse(present);
if (!parsed.success) {
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  process.stderr.write(`Invalid emulator configuration:\n${lines.join('\n')}\n`);
  process.exit(2);
}
const env = parsed.data;

const running = await serveEmulator({
  host: env.EMULATOR_HOST,
  port: env.EMULATOR_PORT,
  dataDir: env.DATA_DIR === undefined ? null : path.resolve(env.DATA_DIR),
  rateLimit: env.EMULATOR_RATE_LIMIT,
  rateWindowMs: env.EMULATOR_RATE_WINDOW_MS,
  cooldownMs: env.EMULATOR_COOLDOWN_MS,
  logger: createLogger(env.LOG_LEVEL),
});
// One line that scripts and tests parse: the base URL to give sendToDingtalk / DINGTALK_BASE_URL.
process.stdout.write(
  `${JSON.stringify({ event: 'emulator-listening', url: running.url, sendUrl: `${running.url}/robot/send` })}\n`,
);

const stop = () => void running.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
