import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { login } from '../test-support/clients.ts';
import { startServer, type ServerProcess } from '../test-support/processes.ts';

/** The first admin, on real server processes: created on a first start only, a generated password shown once. */
const started: ServerProcess[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) {
    await server.kill('SIGTERM');
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
});

const PRINTED = /\|\s+password: (\S+)\s+\|/;

/** stderr and stdout are separate pipes: the box may arrive just after the readiness line. */
async function outputWithBox(server: ServerProcess): Promise<string> {
  for (let i = 0; i < 40 && !PRINTED.test(server.output()); i++) await new Promise((r) => setTimeout(r, 50));
  return server.output();
}

describe('first admin', () => {
  it('without ADMIN_PASSWORD: generates one, prints it once to stderr (not in the JSON log), and only on the first start', async () => {
    const first = await startServer({ env: { ADMIN_PASSWORD: '' }, login: false });
    started.push(first);
    const output = await outputWithBox(first);
    const password = PRINTED.exec(output)?.[1];
    expect(password, output).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(20);
    expect(output.split(password!)).toHaveLength(2); // exactly once
    const jsonLines = output.split('\n').filter((line) => line.startsWith('{'));
    // The log says how the password was chosen (a field named like a secret would read [redacted]).
    expect(jsonLines.find((line) => line.includes('first admin created'))).toContain(
      'generated, printed once to stderr',
    );
    expect(jsonLines.join('\n')).not.toContain(password);
    await login(first.url, 'admin', password!);

    const second = await first.restart('SIGTERM');
    started.splice(0, 1, second);
    expect(second.output()).not.toMatch(PRINTED);
    expect(second.output()).not.toContain(password);
    expect(second.output()).not.toContain('first admin created');
    await login(second.url, 'admin', password!);
  });

  it('with ADMIN_USERNAME and ADMIN_PASSWORD: that account, nothing printed', async () => {
    const server = await startServer({
      env: { ADMIN_USERNAME: 'ops', ADMIN_PASSWORD: 'an admin password from the env' },
      login: false,
    });
    started.push(server);
    expect(server.output()).not.toMatch(PRINTED);
    expect(server.output()).not.toContain('an admin password from the env');
    await login(server.url, 'ops', 'an admin password from the env');
    await expect(login(server.url, 'admin', 'an admin password from the env')).rejects.toThrow(/401/);
  });

  it('refuses to start with an ADMIN_PASSWORD under 10 characters', async () => {
    await expect(startServer({ env: { ADMIN_PASSWORD: 'short' }, login: false })).rejects.toThrow(
      /ADMIN_PASSWORD: At least 10 characters/,
    );
  });
});
