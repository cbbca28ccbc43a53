import type { Migration } from 'kysely';
import * as initial from './001-initial.ts';
import * as accounts from './002-accounts.ts';
import * as retention from './003-retention.ts';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-accounts': accounts,
  '003-retention': retention,
};
