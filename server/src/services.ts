import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { openDatabase } from './db/database.ts';
import { createAccounts } from './services/accounts/index.ts';
import { createRobotStore } from './services/robots/robot-store.ts';
import { createTemplateStore } from './services/templates/template-store.ts';
import { createVault, loadVaultKey } from './services/vault.ts';

/**
 * The stateful services over DATA_DIR, opened once by index.ts (or by a test with its own DATA_DIR);
 * `now` is the accounts' clock (session expiry), which tests move.
 */
export async function openServices(config: Config, opts: { now?: () => number; logger?: Logger } = {}) {
  const vault = createVault(loadVaultKey(config));
  const { db, sqlite, sync, close } = await openDatabase(config.dataDir, {
    onCheckpointError: (message) => opts.logger?.error('database checkpoint failed', { message }),
  });
  const robots = createRobotStore(db, vault, sync);
  const templates = createTemplateStore(db);
  const accounts = createAccounts(db, sqlite, opts.now);
  return { db, sqlite, sync, vault, robots, templates, accounts, close };
}

export type Services = Awaited<ReturnType<typeof openServices>>;
