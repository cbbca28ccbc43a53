import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: session ids and API keys. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token. A plain hash suffices (no KDF): the tokens are 256 random bits,
 * out of reach of guessing, and the lookup must be cheap enough for every request.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
