import fs from 'node:fs';
import path from 'node:path';
import type { Robot } from '@dingpost/shared';
import {
  dingpostClient,
  emulatorAdmin,
  newRobotCredentials,
  type DingpostClient,
  type EmulatorAdmin,
} from './clients.ts';
import { startEmulator, startServer, type RunningChild, type ServerProcess } from './processes.ts';

/** Small windows so a whole suite runs in seconds; the emulator enforces the same limits as DingTalk would. */
export const FAST_LIMITS = { rateLimit: 5, windowMs: 500, cooldownMs: 1000 };

export type StackOptions = {
  rateLimit?: number;
  windowMs?: number;
  cooldownMs?: number;
  /** Extra server environment. */
  serverEnv?: Record<string, string>;
  serverNodeArgs?: string[];
};

/**
 * A real dingpost server process whose DINGTALK_BASE_URL is a real standalone emulator process: what
 * the tests see is exactly what a user's DingTalk group would see.
 */
export async function startStack(opts: StackOptions = {}) {
  const limits = { ...FAST_LIMITS, ...opts };
  const emulator = await startEmulator({
    env: {
      EMULATOR_RATE_LIMIT: String(limits.rateLimit),
      EMULATOR_RATE_WINDOW_MS: String(limits.windowMs),
      EMULATOR_COOLDOWN_MS: String(limits.cooldownMs),
    },
  });
  let server: ServerProcess;
  try {
    server = await startServer({
      nodeArgs: opts.serverNodeArgs,
      env: {
        DINGTALK_BASE_URL: emulator.url,
        ROBOT_RATE_LIMIT: String(limits.rateLimit),
        ROBOT_RATE_WINDOW_MS: String(limits.windowMs),
        ROBOT_COOLDOWN_MS: String(limits.cooldownMs),
        RETRY_BASE_MS: '100',
        RETRY_MAX_MS: '400',
        SEND_TIMEOUT_MS: '1000',
        ...opts.serverEnv,
      },
    });
  } catch (error) {
    await emulator.kill();
    throw error;
  }
  const admin = emulatorAdmin(emulator.url);
  /** Every token and secret handed to the server: none may ever come back out. */
  const secrets: string[] = [];
  /** Output of server processes already killed (restarts), so log checks cover them too. */
  const pastOutput: string[] = [];

  const stack = {
    emulator: emulator as RunningChild,
    admin: admin as EmulatorAdmin,
    limits,
    secrets,
    get server(): ServerProcess {
      return server;
    },
    /** The API as the first admin, logged in. */
    get client(): DingpostClient {
      return dingpostClient(server.url, server.auth);
    },

    /** A robot known to both the emulator (as DingTalk) and dingpost (pasted by a user). */
    async addRobot(
      opts: { keywords?: string[]; coalesce?: boolean; signed?: boolean; name?: string } = {},
    ): Promise<{ robot: Robot; token: string; secret: string | null }> {
      const credentials = newRobotCredentials();
      const secret = opts.signed === false ? null : credentials.secret;
      secrets.push(credentials.token, ...(secret ? [secret] : []));
      await admin.registerRobot({ token: credentials.token, secret, keywords: opts.keywords ?? [], name: opts.name });
      const robot = await dingpostClient(server.url, server.auth).createRobot({
        name: opts.name ?? 'Integration robot',
        webhook: `${emulator.url}/robot/send?access_token=${credentials.token}`,
        ...(secret ? { secret } : {}),
        keywords: opts.keywords ?? [],
        coalesce: opts.coalesce ?? false,
      });
      return { robot, token: credentials.token, secret };
    },

    /** SIGKILL the server and start it again over the same DATA_DIR. */
    async restartServer(signal: NodeJS.Signals = 'SIGKILL') {
      pastOutput.push(server.output());
      server = await server.restart(signal);
      return server;
    },

    /** All the server has printed, over every process it ran as. */
    serverOutput(): string {
      return [...pastOutput, server.output()].join('\n');
    },

    /** Bytes of every file in the server's DATA_DIR (the database, its WAL, the key file…). */
    dataFiles(): { name: string; bytes: Buffer }[] {
      return fs
        .readdirSync(server.dataDir)
        .filter((name) => fs.statSync(path.join(server.dataDir, name)).isFile())
        .map((name) => ({ name, bytes: fs.readFileSync(path.join(server.dataDir, name)) }));
    },

    /** Every place a secret could leak: the given API answers, the server's logs, the files under DATA_DIR. */
    leaks(answers: readonly string[] = []): string[] {
      const found: string[] = [];
      const logs = [...pastOutput, server.output()].join('\n');
      const files = this.dataFiles();
      for (const secret of secrets) {
        if (answers.some((text) => text.includes(secret))) found.push('an API answer');
        if (logs.includes(secret)) found.push('the server log');
        for (const file of files) if (file.bytes.includes(secret)) found.push(`DATA_DIR/${file.name}`);
      }
      return found;
    },

    async close() {
      await server.kill('SIGTERM');
      await emulator.kill('SIGTERM');
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
