import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Delivery, DingtalkMessage } from '@dingpost/shared';
import { signedSendUrl } from '@dingpost/shared/signing/sign';
import {
  authHeaders,
  dingpostClient,
  emulatorAdmin,
  newRobotCredentials,
  type ClientAuth,
} from '../server/src/test-support/clients.ts';
import {
  rssMb,
  SERVER_BUNDLE,
  SERVER_DIR,
  startEmulator,
  startHelloServer,
  startServer,
  type RunningChild,
  type ServerProcess,
} from '../server/src/test-support/processes.ts';
import { percentile, report } from './report.ts';

const GROUP = 'server';
const CONCURRENCY = 16;
const WARMUP_MS = 1000;
const MEASURE_MS = 3000;
const SLICES = 6;
const OVERHEAD_SENDS = 200;
const BURST = { count: 200, rateLimit: 20, windowMs: 500 };

/** What the composer checks as the user types: a realistic markdown alert. */
const CHECK_BODY = JSON.stringify({
  message: {
    msgtype: 'markdown',
    markdown: {
      title: '告警 api-gateway',
      text: [
        '#### 告警：api-gateway 5xx 比例过高',
        '',
        '> 过去 5 分钟 5xx 比例 **12.5%**，阈值 5%',
        '',
        '- 集群：prod-cn-hangzhou',
        '- 实例：10.0.3.17, 10.0.3.18',
        '- [查看面板](https://grafana.example.com/d/api)',
        '',
        '<font color=#FF0000>请值班同学尽快处理</font> @13800000000',
      ].join('\n'),
    },
    at: { atMobiles: ['13800000000'] },
  },
});

type Call = { method: string; body?: string; auth?: ClientAuth };

/** One request over `agent` (keep-alive connections, as a script sending through dingpost would hold). */
function request(url: string, call: Call, agent: http.Agent): Promise<{ status: number; text: string }> {
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

/**
 * Requests per second that `concurrency` keep-alive connections get through, each sending its next
 * request as soon as the previous answer is read (a closed loop, bounded in time).
 */
async function throughput(url: string, call: Call, durationMs: number, agent: http.Agent): Promise<number> {
  let done = 0;
  let failed = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const { status } = await request(url, call, agent);
        if (status === 200) done++;
        else failed++;
      }
    }),
  );
  const elapsed = performance.now() - started;
  if (failed > 0) throw new Error(`${failed} requests to ${url} did not answer 200`);
  return (done / elapsed) * 1000;
}

/** An API key, as the scripts that send through dingpost would use (the check is in its scope). */
async function apiKeyOf(dingpost: ServerProcess): Promise<ClientAuth> {
  const { token } = await dingpostClient(dingpost.url, dingpost.auth).createApiKey('bench');
  return { apiKey: token };
}

async function checkVsHello(dingpost: ServerProcess): Promise<void> {
  const hello = await startHelloServer();
  try {
    const check = { method: 'POST', body: CHECK_BODY, auth: await apiKeyOf(dingpost) };
    const agents = [1, 2].map(() => new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY }));
    const runCheck = (ms: number) => throughput(`${dingpost.url}/api/messages/check`, check, ms, agents[0]!);
    const runHello = (ms: number) => throughput(hello.url, { method: 'GET' }, ms, agents[1]!);
    await runCheck(WARMUP_MS);
    await runHello(WARMUP_MS);
    // Alternating short slices: this machine's speed drifts over seconds, and both must see the same.
    let checkRps = 0;
    let helloRps = 0;
    for (let i = 0; i < SLICES; i++) {
      checkRps += (await runCheck(MEASURE_MS / SLICES)) / SLICES;
      helloRps += (await runHello(MEASURE_MS / SLICES)) / SLICES;
    }
    for (const agent of agents) agent.destroy();
    console.log(`    POST /api/messages/check ${checkRps.toFixed(0)} req/s; hello-world ${helloRps.toFixed(0)} req/s`);
    report(GROUP, 'check throughput vs bare Hono', (checkRps / helloRps) * 100, '%', { min: 50 });
  } finally {
    await hello.kill('SIGTERM');
  }
}

/** Milliseconds a send takes through dingpost (queue, window, signing) beyond posting to the emulator directly. */
async function sendOverhead(dingpost: ServerProcess, emulatorUrl: string): Promise<void> {
  const client = dingpostClient(dingpost.url, dingpost.auth);
  const script = dingpostClient(dingpost.url, await apiKeyOf(dingpost));
  const admin = emulatorAdmin(emulatorUrl);
  const { token, secret } = newRobotCredentials();
  await admin.registerRobot({ token, secret, keywords: [] });
  const robot = await client.createRobot({
    name: 'bench',
    webhook: `${emulatorUrl}/robot/send?access_token=${token}`,
    secret,
  });
  const message = (i: number): DingtalkMessage => ({ msgtype: 'text', text: { content: `bench ${i}` } });
  const direct = async (i: number) => {
    const response = await fetch(signedSendUrl(emulatorUrl, token, secret), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message(i), msgUuid: `direct-${i}` }),
    });
    const answer = (await response.json()) as { errcode: number };
    if (answer.errcode !== 0) throw new Error(`direct send failed: ${JSON.stringify(answer)}`);
  };
  const viaDingpost = async (i: number) => {
    const answer = await script.send(robot.id, message(i), true);
    if (answer.status !== 200 || answer.json.status !== 'sent') throw new Error(`send failed: ${answer.text}`);
  };
  const timed = async (run: () => Promise<void>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  for (let i = 0; i < 20; i++) {
    await direct(-i - 1);
    await viaDingpost(-i - 1);
  }
  const directMs: number[] = [];
  const sendMs: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < OVERHEAD_SENDS; i++) {
    directMs.push(await timed(() => direct(i)));
    sendMs.push(await timed(() => viaDingpost(i)));
  }
  directMs.sort((a, b) => a - b);
  sendMs.sort((a, b) => a - b);
  const p50 = percentile(sendMs, 50) - percentile(directMs, 50);
  const p99 = percentile(sendMs, 99) - percentile(directMs, 99);
  console.log(
    `    direct p50 ${percentile(directMs, 50).toFixed(2)} ms / p99 ${percentile(directMs, 99).toFixed(2)} ms; ` +
      `via dingpost (POST /api/deliveries?wait=1) p50 ${percentile(sendMs, 50).toFixed(2)} ms / p99 ${percentile(sendMs, 99).toFixed(2)} ms`,
  );
  report(GROUP, 'send overhead p50', p50, 'ms');
  report(GROUP, 'send overhead p99', p99, 'ms', { max: 5 });
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
function ensureBundle(): void {
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

/** A standalone emulator and a dingpost server (the bundle, on plain node) sending to it, both stopped afterwards whatever happens. */
async function withStack(
  emulatorEnv: Record<string, string>,
  serverEnv: Record<string, string>,
  run: (emulator: RunningChild, dingpost: ServerProcess) => Promise<void>,
): Promise<void> {
  const emulator = await startEmulator({ env: emulatorEnv });
  try {
    const dingpost = await startServer({
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
  }
}

/** 200 deliveries to one robot at once: paced to the window, never throttled, close to the minimum time. */
async function burst(): Promise<void> {
  const limits = {
    EMULATOR_RATE_LIMIT: String(BURST.rateLimit),
    EMULATOR_RATE_WINDOW_MS: String(BURST.windowMs),
    EMULATOR_COOLDOWN_MS: '600000',
  };
  await withStack(
    limits,
    { ROBOT_RATE_LIMIT: String(BURST.rateLimit), ROBOT_RATE_WINDOW_MS: String(BURST.windowMs) },
    async (emulator, dingpost) => {
      const client = dingpostClient(dingpost.url, dingpost.auth);
      const admin = emulatorAdmin(emulator.url);
      const newRobot = async (name: string) => {
        const { token, secret } = newRobotCredentials();
        await admin.registerRobot({ token, secret, keywords: [] });
        const robot = await client.createRobot({
          name,
          webhook: `${emulator.url}/robot/send?access_token=${token}`,
          secret,
        });
        return { robot, token };
      };
      const { robot, token } = await newRobot('burst');
      // Warm, as the other runs are (and as a server is after its first sends): the script's connections
      // are open and the send path has run, on a robot of its own (its own window), before the clock starts.
      // What is timed is dingpost taking in and pacing the burst, not a client dialling 200 sockets or
      // first-call compilation.
      const agent = new http.Agent({ keepAlive: true, maxSockets: BURST.count });
      const auth = await apiKeyOf(dingpost);
      const warmUp = await newRobot('warm-up');
      const post = (robotId: string, i: number) =>
        request(
          `${dingpost.url}/api/deliveries?wait=1`,
          {
            method: 'POST',
            auth,
            body: JSON.stringify({ robotId, message: { msgtype: 'text', text: { content: `burst ${i}` } } }),
          },
          agent,
        );
      await Promise.all(
        Array.from({ length: BURST.count }, () => request(`${dingpost.url}/api/health`, { method: 'GET' }, agent)),
      );
      await Promise.all(Array.from({ length: 2 * BURST.rateLimit }, (_, i) => post(warmUp.robot.id, i)));
      const startedAt = Date.now();
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: BURST.count }, (_, i) => post(robot.id, i)));
      const elapsed = performance.now() - started;
      agent.destroy();
      const deliveries = answers.map((a) => JSON.parse(a.text) as Delivery);
      const throttled = deliveries.filter((d) => d.status !== 'sent' || d.attempts !== 1 || d.errcode !== 0).length;
      const inbox = await admin.inbox(token);
      const minimum = (Math.ceil(BURST.count / BURST.rateLimit) - 1) * BURST.windowMs;
      console.log(
        `    ${BURST.count} deliveries, ${BURST.rateLimit} per ${BURST.windowMs} ms: ${elapsed.toFixed(0)} ms ` +
          `(theoretical minimum ${minimum} ms); ${inbox.length} reached the group`,
      );
      // Where the time beyond the minimum goes: taking in the burst before the first window fills, the
      // drift of each window past its length, and the last window's own spread.
      const received = inbox.map((m) => Date.parse(m.receivedAt) - startedAt).sort((a, b) => a - b);
      const lapStarts = received.filter((_, i) => i % BURST.rateLimit === 0);
      const drift = (lapStarts[lapStarts.length - 1]! - lapStarts[0]!) / (lapStarts.length - 1) - BURST.windowMs;
      console.log(
        `    first message in the group after ${received[0]} ms, the ${BURST.rateLimit}th after ` +
          `${received[BURST.rateLimit - 1]} ms; each window ${drift.toFixed(1)} ms longer than ${BURST.windowMs} ms; ` +
          `the last window spread over ${received[received.length - 1]! - lapStarts[lapStarts.length - 1]!} ms`,
      );
      report(GROUP, 'burst: deliveries not sent first time (throttled or retried)', throttled, '', { max: 0 });
      report(GROUP, 'burst: total time / theoretical minimum', elapsed / minimum, '×', { max: 1.05 });
      if (inbox.length !== BURST.count)
        console.log(`    MISS: the emulator received ${inbox.length}, not ${BURST.count}`);
    },
  );
}

export async function benchServer(): Promise<void> {
  ensureBundle();
  const emulatorEnv = { EMULATOR_RATE_LIMIT: '100000', EMULATOR_RATE_WINDOW_MS: '1000', EMULATOR_COOLDOWN_MS: '1000' };
  await withStack(
    emulatorEnv,
    { ROBOT_RATE_LIMIT: '1000', ROBOT_RATE_WINDOW_MS: '1000' },
    async (emulator, dingpost) => {
      // Idle: started, sandbox robot seeded, nothing asked of it yet.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      report(GROUP, `idle RSS of a started server (node ${SERVER_BUNDLE})`, rssMb(dingpost.pid), 'MB', { max: 120 });
      const hello = await startHelloServer();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      console.log(
        `    for scale: a bare Hono hello-world under node --import tsx (not bundled) holds ${rssMb(hello.pid).toFixed(1)} MB`,
      );
      await hello.kill('SIGTERM');
      await checkVsHello(dingpost);
      await sendOverhead(dingpost, emulator.url);
    },
  );
  await burst();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchServer();
