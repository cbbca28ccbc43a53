import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { authHeaders, dingpostClient, type ClientAuth } from '../server/src/test-support/clients.ts';
import {
  SERVER_BUNDLE,
  SERVER_DIR,
  startEmulator,
  startServer,
  tempDir,
  type RunningChild,
  type ServerProcess,
} from '../server/src/test-support/processes.ts';

// What the server benchmarks (server.ts, burst.ts) run against, and how they call it.

export type Call = { method: string; body?: string; auth?: ClientAuth };

/** One request over `agent` (keep-alive connections, as a script sending through dingpost would hold). */
export function request(url: string, call: Call, agent: http.Agent): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  const headers: Record<string, string | number> = { ...authHeaders(url, call.auth) };
  if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(call.body);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: call.method,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** An API key, as the scripts that send through dingpost would use (the check is in its scope). */
export async function apiKeyOf(dingpost: ServerProcess): Promise<ClientAuth> {
  const { token } = await dingpostClient(dingpost.url, dingpost.auth).createApiKey('bench');
  return { apiKey: token };
}

/** Newest modification time of the .ts files under `dir`, in ms. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the bundled server (server/dist/index.js) when it is missing or older than the sources it is built
 * from: the benchmark measures what `npm start` runs, and a stale bundle would measure old code.
 */
export function ensureBundle(): void {
  const bundle = path.join(SERVER_DIR, SERVER_BUNDLE);
  const sources = Math.max(
    newestSource(path.join(SERVER_DIR, 'src')),
    newestSource(path.join(SERVER_DIR, '../shared/src')),
  );
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sources) return;
  console.log(`    server/${SERVER_BUNDLE} is missing or older than its sources: building it`);
  execFileSync('npx', ['--yes', 'pnpm@10.34.9', '--filter', '@dingpost/server', 'build'], {
    cwd: path.resolve(SERVER_DIR, '..'),
    stdio: 'inherit',
  });
}

/**
 * A standalone emulator and a dingpost server (the bundle, on plain node) sending to it, both stopped
 * afterwards whatever happens. Their logs go to files, as a deployed server's do: through pipes, this
 * process (the benchmark's client) would read each line the server logs, one per send, while it is timing.
 */
export async function withStack(
  emulatorEnv: Record<string, string>,
  serverEnv: Record<string, string>,
  run: (emulator: RunningChild, dingpost: ServerProcess) => Promise<void>,
): Promise<void> {
  const logs = tempDir('dingpost-bench-logs-');
  const emulator = await startEmulator({ env: emulatorEnv, logFile: path.join(logs, 'emulator.log') });
  try {
    const dingpost = await startServer({
      logFile: path.join(logs, 'dingpost.log'),
      bundled: true,
      // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server into <dir> (open it in Chrome's DevTools).
      nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
      env: { DINGTALK_BASE_URL: emulator.url, LOG_LEVEL: 'info', ...serverEnv },
    });
    try {
      await run(emulator, dingpost);
    } finally {
      await dingpost.kill('SIGTERM');
    }
  } finally {
    await emulator.kill('SIGTERM');
    fs.rmSync(logs, { recursive: true, force: true });
  }
}
