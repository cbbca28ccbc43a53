import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { login, type ClientAuth } from './clients.ts';

/** server/ — the child processes run from here, so `--import tsx` and the workspace packages resolve. */
export const SERVER_DIR = path.resolve(import.meta.dirname, '../..');

export type ChildOptions = {
  /** Extra environment; the harness sets PORT/HOST/DATA_DIR itself unless given here. */
  env?: Record<string, string>;
  /** How long to wait for the readiness line. */
  startTimeoutMs?: number;
  /** Extra node flags (e.g. --cpu-prof to profile the server under a benchmark). */
  nodeArgs?: string[];
  /**
   * Where the child's stdout and stderr go, as a deployed server's go to a file or a log collector. By
   * default they come to this process through pipes, for tests that read the logs; a benchmark's client
   * would then also be the reader of every line the server logs, woken for each of them mid-measurement.
   */
  logFile?: string;
};

/**
 * A real process of ours, started with `node --import tsx <entry>` (plain `node` for a bundled .js; one
 * process either way: a SIGKILL reaches the code itself, not a wrapper), its stdout and stderr captured for
 * tests that read the logs.
 */
export type RunningChild = {
  url: string;
  pid: number;
  /** Everything printed so far, stdout then stderr interleaved as received. */
  output(): string;
  /** Ends the process (SIGKILL: at once, mid-whatever; SIGTERM: graceful) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
};

function cleanEnv(): Record<string, string> {
  // The parent's own settings must not leak into the child (a developer's DATA_DIR, PORT, …).
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SystemRoot', 'NODE_OPTIONS'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])));
}

/** Splits text arriving in chunks into lines and hands each complete one to `onLine`. */
function lineSplitter(onLine: (line: string) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  };
}

/** Calls `onChunk` with what is appended to `file` until the returned stop is called. */
function followFile(file: string, onChunk: (text: string) => void): () => void {
  let offset = 0;
  const decoder = new TextDecoder();
  const timer = setInterval(() => {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      let read: number;
      while ((read = fs.readSync(fd, buffer, 0, buffer.length, offset)) > 0) {
        offset += read;
        onChunk(decoder.decode(buffer.subarray(0, read), { stream: true }));
      }
    } finally {
      fs.closeSync(fd);
    }
  }, 10);
  return () => clearInterval(timer);
}

/**
 * Spawns `entry` (relative to server/) and resolves once it prints the JSON line `ready` recognises,
 * which yields the URL it listens on (PORT=0 lets the OS pick one).
 */
export async function startChild(
  entry: string,
  env: Record<string, string>,
  ready: (line: Record<string, unknown>) => string | undefined,
  opts: Omit<ChildOptions, 'env'> = {},
): Promise<RunningChild> {
  const { startTimeoutMs = 30_000, nodeArgs = [], logFile } = opts;
  // Sources run through tsx; a bundled .js entry (dist/index.js) runs on plain node, as `npm start` does.
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const logFd = logFile === undefined ? undefined : fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    cwd: SERVER_DIR,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  });
  if (logFd !== undefined) fs.closeSync(logFd);
  let piped = '';
  const output = () => (logFile === undefined ? piped : fs.readFileSync(logFile, 'utf8'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stopFollowing = () => {};
  const url = await new Promise<string>((resolve, reject) => {
    let found: string | undefined;
    const timer = setTimeout(
      () => reject(new Error(`${entry} did not start in ${startTimeoutMs} ms:\n${output()}`)),
      startTimeoutMs,
    );
    const onStdout = lineSplitter((line) => {
      if (found !== undefined) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return;
      }
      found = parsed !== null && typeof parsed === 'object' ? ready(parsed as Record<string, unknown>) : undefined;
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    if (logFile === undefined) {
      child.stdout!.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        piped += text;
        if (found === undefined) onStdout(text);
      });
      child.stderr!.on('data', (chunk: Buffer) => (piped += chunk.toString('utf8')));
    } else {
      stopFollowing = followFile(logFile, onStdout);
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${output()}`));
    });
  }).finally(() => stopFollowing());
  return {
    url,
    pid: child.pid!,
    output,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The first admin every test server starts with (unless a test sets ADMIN_PASSWORD itself). */
export const TEST_ADMIN = { username: 'admin', password: 'integration-admin-password' } as const;

export type ServerProcess = RunningChild & {
  dataDir: string;
  /** The first admin's session (logged in over HTTP once the server is up), or null with `login: false`. */
  auth: ClientAuth | null;
  /** Kills this process (SIGKILL unless told) and starts a new one over the same DATA_DIR and env. */
  restart(signal?: NodeJS.Signals): Promise<ServerProcess>;
};

const madeDirs = new Set<string>();

/**
 * A new directory under the OS temp dir, removed when this process exits (a test may still read a
 * killed server's files until then).
 */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (madeDirs.size === 0)
    process.once('exit', () => {
      for (const made of madeDirs) fs.rmSync(made, { recursive: true, force: true });
    });
  madeDirs.add(dir);
  return dir;
}

/** The bundled server (built by `pnpm --filter @dingpost/server build`), relative to server/. */
export const SERVER_BUNDLE = 'dist/index.js';

/**
 * The real dingpost server over `dataDir` (a new temp dir when absent): src/index.ts under tsx, or with
 * `bundled` the built dist/index.js on plain node (which must have been built first).
 */
export async function startServer(
  opts: ChildOptions & {
    dataDir?: string;
    /** Run dist/index.js with plain node (as `npm start` does) instead of src/index.ts under tsx. */
    bundled?: boolean;
    /** Log in as the first admin once up (default true; needs the password, so not with ADMIN_PASSWORD ''). */
    login?: boolean;
  } = {},
): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? tempDir('dingpost-it-');
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...opts.env,
  };
  // Readiness is the info-level 'dingpost listening' line: a quieter level would hide it.
  if (!['debug', 'info'].includes(env.LOG_LEVEL)) throw new Error('startServer needs LOG_LEVEL debug or info');
  const entry = opts.bundled ? SERVER_BUNDLE : 'src/index.ts';
  if (opts.bundled && !fs.existsSync(path.join(SERVER_DIR, entry)))
    throw new Error(`server/${entry} is missing: run \`npx --yes pnpm@10.34.9 --filter @dingpost/server build\``);
  const child = await startChild(
    entry,
    env,
    (line) => (line.msg === 'dingpost listening' && typeof line.url === 'string' ? line.url : undefined),
    opts,
  );
  let auth: ClientAuth | null = null;
  if (opts.login ?? true) {
    try {
      auth = await login(child.url, env.ADMIN_USERNAME, env.ADMIN_PASSWORD);
    } catch (error) {
      await child.kill();
      throw error;
    }
  }
  return {
    ...child,
    dataDir,
    auth,
    async restart(signal: NodeJS.Signals = 'SIGKILL') {
      await child.kill(signal);
      return startServer({ ...opts, dataDir });
    },
  };
}

/** The standalone DingTalk emulator (src/emulator/standalone.ts), inbox in memory unless dataDir is given. */
export async function startEmulator(opts: ChildOptions & { dataDir?: string } = {}): Promise<RunningChild> {
  const env: Record<string, string> = {
    EMULATOR_PORT: '0',
    EMULATOR_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  if (opts.dataDir) env.DATA_DIR = opts.dataDir;
  return startChild(
    'src/emulator/standalone.ts',
    env,
    (line) => (line.event === 'emulator-listening' && typeof line.url === 'string' ? line.url : undefined),
    opts,
  );
}

/** A bare Hono hello-world (test-support/hello-server.ts): the benchmark's baseline. */
export async function startHelloServer(opts: ChildOptions = {}): Promise<RunningChild> {
  return startChild(
    'src/test-support/hello-server.ts',
    { PORT: '0', ...opts.env },
    (line) => (line.event === 'hello-listening' && typeof line.url === 'string' ? line.url : undefined),
    opts,
  );
}

/** A bare proxy to DingTalk (test-support/bare-proxy.ts) for one robot: the benchmark's floor for a send. */
export async function startBareProxy(robot: { baseUrl: string; token: string; secret: string }): Promise<RunningChild> {
  return startChild(
    'src/test-support/bare-proxy.ts',
    { PORT: '0', DINGTALK_BASE_URL: robot.baseUrl, ROBOT_TOKEN: robot.token, ROBOT_SECRET: robot.secret },
    (line) => (line.event === 'bare-proxy-listening' && typeof line.url === 'string' ? line.url : undefined),
  );
}

/** Resident memory of a process in MB (Linux /proc), or NaN where that is not available. */
export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}
