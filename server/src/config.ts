import path from 'node:path';
import { passwordSchema, usernameSchema, wholeNumberText } from '@dingpost/shared';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const envSchema = z.object({
  PORT: wholeNumberText(0, 65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DINGTALK_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .default('https://oapi.dingtalk.com')
    .transform((url) => url.replace(/\/+$/, '')),
  /** 32 bytes as base64 or 64 hex chars; generated into DATA_DIR/secret.key when absent. */
  SECRET_KEY: z
    .string()
    .trim()
    .refine((value) => decodeSecretKey(value) !== null, {
      error: 'must be 32 random bytes, written as 64 hex characters or as base64 (e.g. `openssl rand -base64 32`)',
    })
    .optional(),
  ROBOT_RATE_LIMIT: wholeNumberText(1, 1000).default(20),
  ROBOT_RATE_WINDOW_MS: wholeNumberText(1, 3_600_000).default(60_000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Days that finished deliveries and audit entries are kept; 0 keeps them for ever. */
  RETENTION_DAYS: wholeNumberText(0, 36_500).default(365),
  /** Where the built SPA lives; served at / when present. */
  WEB_DIST_DIR: z.string().optional(),
  /** The first admin, created on a first start only; without a password one is generated and printed once. */
  ADMIN_USERNAME: usernameSchema.default('admin'),
  ADMIN_PASSWORD: passwordSchema.optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  dingtalkBaseUrl: string;
  secretKey: string | undefined;
  robotRateLimit: number;
  robotRateWindowMs: number;
  logLevel: (typeof LOG_LEVELS)[number];
  retentionDays: number;
  webDistDir: string;
  adminUsername: string;
  adminPassword: string | undefined;
};

export class ConfigError extends Error {}

const KEY_BYTES = 32;

/** The 32-byte vault key from its text form (64 hex chars or base64), or null when it is not one. */
export function decodeSecretKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  const bytes = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

/** Reads the environment once; a bad value stops the server with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    dingtalkBaseUrl: e.DINGTALK_BASE_URL,
    secretKey: e.SECRET_KEY,
    robotRateLimit: e.ROBOT_RATE_LIMIT,
    robotRateWindowMs: e.ROBOT_RATE_WINDOW_MS,
    logLevel: e.LOG_LEVEL,
    retentionDays: e.RETENTION_DAYS,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(import.meta.dirname, '../../web/dist')),
    adminUsername: e.ADMIN_USERNAME,
    adminPassword: e.ADMIN_PASSWORD,
  };
}
