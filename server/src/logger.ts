import type { Config } from './config.ts';

type Level = Exclude<Config['logLevel'], 'silent'>;
const RANK: Record<Config['logLevel'], number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Keys whose values never reach a log line, whatever the caller passes. */
const REDACTED_KEYS = /token|secret|password|authorization|cookie|webhook|^sign$/i;

export type Logger = {
  [L in Level]: (msg: string, fields?: Record<string, unknown>) => void;
};

/** Levels of nesting a log line keeps; deeper objects are left out, not written unredacted. */
const MAX_DEPTH = 4;

function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, REDACTED_KEYS.test(key) ? '[redacted]' : redact(item, depth + 1)]),
  );
}

/** Structured JSON lines on stdout. */
export function createLogger(
  level: Config['logLevel'],
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const make =
    (lvl: Level) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (RANK[lvl] < RANK[level]) return;
      const safe = redact(fields) as Record<string, unknown>;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...safe })}\n`);
    };
  return { debug: make('debug'), info: make('info'), warn: make('warn'), error: make('error') };
}
