import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decodeSecretKey, type Config } from '../config.ts';

/**
 * Envelope: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). The key id is a short fingerprint of
 * the key, so a value sealed under another key (SECRET_KEY changed) fails with a message saying so
 * instead of a bare "bad tag", and old keys can be kept for decryption while rotating.
 */
const FORMAT = 'v1';
const IV_BYTES = 12;
const KEY_FILE = 'secret.key';

export class VaultError extends Error {}

export type Vault = {
  /** Encrypts `plaintext`, bound to `context` (e.g. a robot id): opening it under another context fails. */
  seal(plaintext: string, context: string): string;
  open(envelope: string, context: string): string;
};

export function keyId(key: Buffer): string {
  return createHash('sha256').update('dingpost-vault-key-id\n').update(key).digest('base64url').slice(0, 8);
}

/** AES-256-GCM with a random 96-bit IV per value. `previousKeys` only decrypt (key rotation). */
export function createVault(key: Buffer, previousKeys: readonly Buffer[] = []): Vault {
  for (const k of [key, ...previousKeys]) if (k.length !== 32) throw new VaultError('A vault key is 32 bytes');
  const currentId = keyId(key);
  const byId = new Map([key, ...previousKeys].map((k) => [keyId(k), k]));

  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        FORMAT,
        currentId,
        iv.toString('base64url'),
        ciphertext.toString('base64url'),
        tag.toString('base64url'),
      ].join('.');
    },
    open(envelope, context) {
      const parts = envelope.split('.');
      if (parts.length !== 5 || parts[0] !== FORMAT) throw new VaultError('Not a vault envelope');
      const [, id, ivText, ctText, tagText] = parts as [string, string, string, string, string];
      const k = byId.get(id);
      if (!k)
        throw new VaultError(
          'This value was encrypted with another key: SECRET_KEY (or DATA_DIR/secret.key) changed since it was stored',
        );
      const iv = Buffer.from(ivText, 'base64url');
      const tag = Buffer.from(tagText, 'base64url');
      if (iv.length !== IV_BYTES || tag.length !== 16) throw new VaultError('Not a vault envelope');
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, iv);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(Buffer.from(ctText, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new VaultError('The value could not be decrypted: it was tampered with or belongs to another record');
      }
    },
  };
}

/**
 * The vault key: SECRET_KEY when set, else DATA_DIR/secret.key, generated once (mode 0600). A key file
 * readable by others is tightened to 0600 rather than trusted as is.
 */
export function loadVaultKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Buffer {
  if (config.secretKey !== undefined) {
    const key = decodeSecretKey(config.secretKey);
    if (!key) throw new VaultError('SECRET_KEY must be 32 bytes as 64 hex characters or base64');
    return key;
  }
  const file = path.join(config.dataDir, KEY_FILE);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const key = decodeSecretKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new VaultError(`${file} does not hold a 32-byte key (64 hex characters or base64)`);
  return key;
}
