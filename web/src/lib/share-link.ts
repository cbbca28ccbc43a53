/**
 * Share links carry a message in the URL's hash (#m=…): the hash never reaches a server, and only the
 * message goes in it — never a robot or a token.
 */
const HASH_KEY = 'm';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function encodeShareHash(message: unknown): string {
  return `#${HASH_KEY}=${toBase64Url(new TextEncoder().encode(JSON.stringify(message)))}`;
}

/** What a hash holds: no share link (undefined), the value of one, or one too damaged to read (cut short, say). */
export type SharedHash = undefined | { value: unknown } | { damaged: true };

export function decodeShareHash(hash: string): SharedHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HASH_KEY);
  if (encoded === null) return undefined;
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded))) as unknown };
  } catch {
    return { damaged: true };
  }
}

export function shareUrl(origin: string, message: unknown): string {
  return `${origin}/${encodeShareHash(message)}`;
}
