import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DingtalkMessage } from '@dingpost/shared';
import { describe, expect, it } from 'vitest';
import { sendToDingtalk } from '../services/dingtalk/client.ts';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');

describe('standalone emulator', () => {
  it('starts alone, prints one JSON line with its URL, applies its env limits and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        EMULATOR_PORT: '0',
        EMULATOR_RATE_LIMIT: '1',
        EMULATOR_COOLDOWN_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        void exited.then(() => reject(new Error(`exited early: ${out}`)));
      });
      const ready = JSON.parse(line) as { event: string; url: string; sendUrl: string };
      expect(ready.event).toBe('emulator-listening');
      expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(ready.sendUrl).toBe(`${ready.url}/robot/send`);

      const register = await fetch(`${ready.url}/_admin/robots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'standalone-token', keywords: [] }),
      });
      expect(register.status).toBe(201);
      const target = { baseUrl: ready.url, token: 'standalone-token', secret: null };
      const message: DingtalkMessage = { msgtype: 'text', text: { content: 'hi' } };
      expect(await sendToDingtalk(target, message)).toMatchObject({ kind: 'sent' });
      expect(await sendToDingtalk(target, message)).toMatchObject({ kind: 'throttled', errcode: 410100 });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('stops with a message naming a bad setting', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '', EMULATOR_PORT: 'nope' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('EMULATOR_PORT');
  });
});
