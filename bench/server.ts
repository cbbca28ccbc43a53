import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { DingtalkMessage } from '@dingpost/shared';
import { signedSendUrl } from '@dingpost/shared/signing/sign';
import { dingpostClient, emulatorAdmin, newRobotCredentials } from '../server/src/test-support/clients.ts';
import {
  rssMb,
  SERVER_BUNDLE,
  startBareProxy,
  startHelloServer,
  type ServerProcess,
} from '../server/src/test-support/processes.ts';
import { burst } from './burst.ts';
import { percentile, report } from './report.ts';
import { apiKeyOf, ensureBundle, request, withStack, type Call } from './server-stack.ts';

const GROUP = 'server';
const CONCURRENCY = 16;
/**
 * Load before the throughput is timed. In half-second slices from a fresh server, the check's share of
 * hello-world swung between 28 and 59 % over its first 2 s of load (V8 still optimizing it), then held at
 * 61–73 %.
 */
const WARMUP_MS = 4000;
const MEASURE_MS = 3000;
const SLICES = 6;
/**
 * Sends timed for the overhead: the p99 is the 30th slowest of 3,000. Here even a direct post takes 9–17 ms
 * once or twice in a hundred (the machine's own pauses), so the p99 sits where those pauses begin and a
 * small sample swings with how many happen to fall in it: of 200 the p99 swung by 5 ms between runs; in one
 * run of 5,000, the five blocks of 1,000 gave overhead p99s of 2.2 to 4.6 ms, and all 5,000 gave 2.8 ms.
 * Before them, sends that bring the processes to the state they run in for days:
 * with --trace-opt, V8 compiled 117 more functions of a fresh server during sends 300–1,300 and 13 during
 * sends 3,000–4,000. Until then the send path partly runs unoptimized while the compiler threads take
 * the second core: after 300 sends a send cost the server 2.65 ms of CPU (all its threads), after 3,000
 * 2.02 ms, in two runs side by side.
 */
const OVERHEAD_SENDS = 3000;
const OVERHEAD_WARMUP_SENDS = 3000;

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
  /** POSTs `body` as JSON the way a script would (fetch), and reads the JSON answer. */
  const post = async <T>(url: string, body: unknown): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as T;
  };
  const direct = async (i: number) => {
    const url = signedSendUrl(emulatorUrl, token, secret);
    const answer = await post<{ errcode: number }>(url, { ...message(i), msgUuid: `direct-${i}` });
    if (answer.errcode !== 0) throw new Error(`direct send failed: ${JSON.stringify(answer)}`);
  };
  const viaDingpost = async (i: number) => {
    const answer = await script.send(robot.id, message(i), true);
    if (answer.status !== 200 || answer.json.status !== 'sent') throw new Error(`send failed: ${answer.text}`);
  };
  const proxy = await startBareProxy({ baseUrl: emulatorUrl, token, secret });
  try {
    const viaBareProxy = async (i: number) => {
      const answer = await post<{ status: string }>(`${proxy.url}/send`, { message: message(i) });
      if (answer.status !== 'sent') throw new Error(`bare proxy send failed: ${JSON.stringify(answer)}`);
    };
    const timed = async (run: () => Promise<void>) => {
      const start = performance.now();
      await run();
      return performance.now() - start;
    };
    for (let i = 0; i < OVERHEAD_WARMUP_SENDS; i++) {
      await direct(-i - 1);
      await viaDingpost(-i - 1);
      await viaBareProxy(-i - 1);
    }
    const directMs: number[] = [];
    const sendMs: number[] = [];
    const bareMs: number[] = [];
    // Interleaved, so all three see the same machine load.
    for (let i = 0; i < OVERHEAD_SENDS; i++) {
      directMs.push(await timed(() => direct(i)));
      sendMs.push(await timed(() => viaDingpost(i)));
      bareMs.push(await timed(() => viaBareProxy(i)));
    }
    for (const ms of [directMs, sendMs, bareMs]) ms.sort((a, b) => a - b);
    const over = (ms: number[], p: number) => percentile(ms, p) - percentile(directMs, p);
    const pair = (ms: number[]) => `p50 ${percentile(ms, 50).toFixed(2)} ms / p99 ${percentile(ms, 99).toFixed(2)} ms`;
    console.log(`    direct ${pair(directMs)}; via dingpost (POST /api/deliveries?wait=1) ${pair(sendMs)}`);
    console.log(
      `    for scale: a bare proxy (Hono, signing and dingpost's HTTP client; no auth, validation, queue or ` +
        `database) ${pair(bareMs)}, overhead p50 ${over(bareMs, 50).toFixed(2)} ms / p99 ${over(bareMs, 99).toFixed(2)} ms`,
    );
    report(GROUP, 'send overhead p50', over(sendMs, 50), 'ms');
    report(GROUP, 'send overhead p99', over(sendMs, 99), 'ms', { max: 5 });
  } finally {
    await proxy.kill('SIGTERM');
  }
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
