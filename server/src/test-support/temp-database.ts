import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../db/database.ts';

/**
 * A fresh database in a temp dir of its own before each test of the file, closed and removed after it.
 * A test may close it and put another over the same `dir` in `opened`: that one is closed instead.
 */
export function tempDatabaseEachTest(): { dir: string; opened: OpenedDatabase } {
  const state = {} as { dir: string; opened: OpenedDatabase };
  beforeEach(async () => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-db-'));
    state.opened = await openDatabase(state.dir);
  });
  afterEach(async () => {
    await state.opened.close();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}
