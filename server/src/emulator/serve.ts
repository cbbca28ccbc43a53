import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createEmulator, type Emulator, type EmulatorOptions } from './index.ts';

export type RunningEmulator = {
  emulator: Emulator;
  /** Base URL for sendToDingtalk / DINGTALK_BASE_URL, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
};

/** Serves an emulator over real HTTP on its own port (0 picks a free one). */
export async function serveEmulator(
  opts: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningEmulator> {
  const { port = 0, host = '127.0.0.1', ...options } = opts;
  const emulator = createEmulator(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: emulator.app.fetch, port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    emulator,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }).then(() => emulator.close()),
  };
}
