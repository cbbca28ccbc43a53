import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { createApp } from './app.ts';
import { createEmulator } from './emulator/index.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { localOrigin } from './http/local-origin.ts';
import { createLogger } from './logger.ts';
import { startRetention } from './services/retention.ts';
import { openServices } from './services.ts';
import { ensureFirstAdmin, printGeneratedPassword } from './services/accounts/first-admin.ts';
import { createDeliveryService } from './services/deliveries/delivery-service.ts';
import { loadQueueOptions } from './services/deliveries/queue-options.ts';
import { sendToDingtalk } from './services/dingtalk/client.ts';
import { ensureSandboxRobot } from './services/robots/sandbox-robot.ts';

function configOrExit<T = Config>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main() {
  const config = configOrExit(() => loadConfig());
  const queueOptions = configOrExit(() => loadQueueOptions(config));
  const logger = createLogger(config.logLevel);
  const services = await openServices(config, { logger });
  const firstAdmin = await ensureFirstAdmin(services.accounts, config);
  if (firstAdmin.created) {
    if (firstAdmin.generatedPassword !== null)
      printGeneratedPassword(firstAdmin.username, firstAdmin.generatedPassword);
    logger.info('first admin created', {
      username: firstAdmin.username,
      // Not "password…": the logger redacts fields named like secrets.
      chosenBy: firstAdmin.generatedPassword === null ? 'ADMIN_PASSWORD' : 'generated, printed once to stderr',
    });
  }

  // The app is built once the port is bound (PORT=0 picks one): the sandbox robot's sends go to this
  // very server's /emulator, so its address must be known first. Until then requests get a 503.
  let handle = (_request: Request, _env: HttpBindings): Response | Promise<Response> =>
    new Response('Starting', { status: 503 });
  const server = createAdaptorServer({ fetch: (request, env) => handle(request, env as HttpBindings) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const emulatorBaseUrl = `${localOrigin(config.host, port)}/emulator`;
  const emulator = createEmulator({
    dataDir: config.dataDir,
    rateLimit: config.robotRateLimit,
    rateWindowMs: config.robotRateWindowMs,
    logger,
  });
  await ensureSandboxRobot(services.robots, emulator.registry);

  const deliveries = createDeliveryService({
    ...services,
    audit: services.accounts.audit,
    logger,
    options: queueOptions,
    send: sendToDingtalk,
    dingtalkBaseUrl: config.dingtalkBaseUrl,
    emulatorBaseUrl,
  });
  const app = createApp({ config, logger, ...services, emulatorBaseUrl, emulator, deliveries });
  await deliveries.start();
  const retention = startRetention({ ...services, logger, days: config.retentionDays });
  handle = (request, env) => app.fetch(request, env);
  logger.info('dingpost listening', { url: `http://${config.host}:${port}`, dataDir: config.dataDir });

  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    // Sends in flight finish (and are recorded) before the emulator and the database close.
    void Promise.all([deliveries.stop(), retention.stop()])
      .then(() => {
        server.close();
        return emulator.close().then(() => services.close());
      })
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
