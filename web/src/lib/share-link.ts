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

/** The message a hash carries, or undefined when it carries none or it is damaged. */
export function decodeShareHash(hash: string): unknown {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HASH_KEY);
  if (!encoded) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded))) as unknown;
  } catch {
    return undefined;
  }
}

export function shareUrl(origin: string, message: unknown): string {
  return `${origin}/${encodeShareHash(message)}`;
}
