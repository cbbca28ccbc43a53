import fs from 'node:fs';
import path from 'node:path';

/**
 * The path of a SQLite file under dataDir that only the server's user may read: the files hold message
 * history and password hashes. The file is made 0600 before SQLite opens it, because SQLite gives its
 * -wal and -shm files the database file's mode; files a previous version left readable are narrowed.
 * A data directory made here is 0700.
 */
export function ownerOnlyDatabaseFile(dataDir: string, fileName: string): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, fileName);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(each).mode & 0o077) !== 0) fs.chmodSync(each, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return file;
}
