import { randomBytes } from 'node:crypto';
import type { Accounts } from './index.ts';
import { hashPassword } from './passwords.ts';

export type FirstAdminResult =
  { created: false } | { created: true; username: string; generatedPassword: string | null };

/**
 * On a first start (no users yet) creates the admin from ADMIN_USERNAME / ADMIN_PASSWORD, generating a
 * password when none is given. Later starts change nothing: the password is the admin's from then on.
 */
export async function ensureFirstAdmin(
  accounts: Accounts,
  config: { adminUsername: string; adminPassword: string | undefined },
): Promise<FirstAdminResult> {
  if ((await accounts.users.count()) > 0) return { created: false };
  // 18 random bytes: 24 base64url characters, ~144 bits.
  const generatedPassword = config.adminPassword === undefined ? randomBytes(18).toString('base64url') : null;
  const password = config.adminPassword ?? generatedPassword!;
  const user = await accounts.users.create({
    username: config.adminUsername,
    role: 'admin',
    passwordHash: await hashPassword(password),
  });
  await accounts.audit.record({
    actor: { kind: 'system', id: null, name: 'system' },
    action: 'user.create',
    target: user.id,
    details: { username: user.username, role: user.role, firstAdmin: true },
  });
  return { created: true, username: user.username, generatedPassword };
}

/**
 * The one time a generated password is shown: straight to stderr in a box, not through the JSON
 * logger (whose redaction would hide it, and whose lines end up in log stores).
 */
export function printGeneratedPassword(
  username: string,
  password: string,
  write: (text: string) => void = (t) => process.stderr.write(t),
): void {
  const lines = [
    'dingpost: first start, an admin account was created.',
    `  username: ${username}`,
    `  password: ${password}`,
    'This password is shown only now: log in and change it (Users page), or set',
    'ADMIN_PASSWORD before the first start next time.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  write(`\n${rule}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${rule}\n\n`);
}
