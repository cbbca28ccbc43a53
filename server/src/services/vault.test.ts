import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { createVault, keyId, loadVaultKey, VaultError } from './vault.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dingpost-vault-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('vault', () => {
  const key = randomBytes(32);
  const vault = createVault(key);

  it('round-trips text, including non-ASCII', () => {
    const secret = 'SECabc123 加签 ✓';
    expect(vault.open(vault.seal(secret, 'rb_1'), 'rb_1')).toBe(secret);
  });

  it('uses a fresh IV each time and never holds the plain text', () => {
    const a = vault.seal('same-token-value', 'rb_1');
    const b = vault.seal('same-token-value', 'rb_1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('same-token-value');
    expect(Buffer.from(a.split('.')[2]!, 'base64url')).toHaveLength(12);
  });

  it('starts with the format and key version', () => {
    expect(vault.seal('x', 'c').split('.').slice(0, 2)).toEqual(['v1', keyId(key)]);
  });

  it('fails to open under another context (robot id as associated data)', () => {
    const sealed = vault.seal('token', 'rb_1/token');
    expect(() => vault.open(sealed, 'rb_2/token')).toThrow(VaultError);
  });

  it('fails when the ciphertext or tag is altered', () => {
    const sealed = vault.seal('token-value', 'rb_1');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString('base64url');
    expect(() => vault.open(parts.join('.'), 'rb_1')).toThrow(VaultError);
    expect(() => vault.open('garbage', 'rb_1')).toThrow(VaultError);
  });

  it('names a changed key, and opens with a previous key during rotation', () => {
    const sealed = vault.seal('token', 'rb_1');
    const newKey = randomBytes(32);
    expect(() => createVault(newKey).open(sealed, 'rb_1')).toThrow(/another key/);
    expect(createVault(newKey, [key]).open(sealed, 'rb_1')).toBe('token');
  });
});

describe('loadVaultKey', () => {
  it('generates DATA_DIR/secret.key once, with mode 0600, and reuses it', () => {
    const dataDir = tempDir();
    const first = loadVaultKey({ dataDir, secretKey: undefined });
    const file = path.join(dataDir, 'secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(loadVaultKey({ dataDir, secretKey: undefined }).equals(first)).toBe(true);
  });

  it('tightens a key file others can read', () => {
    const dataDir = tempDir();
    loadVaultKey({ dataDir, secretKey: undefined });
    const file = path.join(dataDir, 'secret.key');
    fs.chmodSync(file, 0o644);
    loadVaultKey({ dataDir, secretKey: undefined });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('prefers SECRET_KEY (hex or base64) and writes no file', () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    expect(loadVaultKey({ dataDir, secretKey: key.toString('hex') }).equals(key)).toBe(true);
    expect(loadVaultKey({ dataDir, secretKey: key.toString('base64') }).equals(key)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(false);
  });
});

describe('SECRET_KEY configuration', () => {
  it('accepts 64 hex characters and base64 of 32 bytes', () => {
    const key = randomBytes(32);
    expect(loadConfig({ SECRET_KEY: key.toString('hex') }).secretKey).toBe(key.toString('hex'));
    expect(loadConfig({ SECRET_KEY: key.toString('base64') }).secretKey).toBe(key.toString('base64'));
  });

  it('refuses anything else with a message naming SECRET_KEY', () => {
    for (const bad of ['hunter2', randomBytes(16).toString('base64'), 'z'.repeat(64)]) {
      expect(() => loadConfig({ SECRET_KEY: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SECRET_KEY: bad })).toThrow(/SECRET_KEY: must be 32 random bytes/);
    }
  });
});
