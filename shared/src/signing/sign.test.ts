import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signature, signedSendUrl } from './sign.ts';

const SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const BASE = 'https://oapi.dingtalk.com';

/** Computed here, independently of sign.ts, straight from the documented recipe. */
function expectedSign(ts: number, secret: string): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'));
  mac.update(Buffer.from(`${ts}\n${secret}`, 'utf8'));
  return mac.digest().toString('base64');
}

/** The first timestamp of a fixed range whose signature holds the character. */
function timestampWhoseSignHas(char: string, secret: string): number {
  for (let ts = 1_700_000_000_000; ts < 1_700_000_000_500; ts++) if (signature(ts, secret).includes(char)) return ts;
  throw new Error(`no signature with ${char} in the range`);
}

describe('signature', () => {
  it('is the Base64 HMAC-SHA256 of "timestamp\\nsecret" keyed with the secret', () => {
    for (const ts of [0, 1_577_836_800_000, 1_700_000_000_123, 4_102_444_800_000])
      expect(signature(ts, SECRET)).toBe(expectedSign(ts, SECRET));
  });

  it('uses a real line feed, not a literal backslash-n', () => {
    const ts = 1_700_000_000_000;
    const wrong = createHmac('sha256', SECRET).update(`${ts}\\n${SECRET}`).digest('base64');
    expect(signature(ts, SECRET)).not.toBe(wrong);
  });

  it('changes with the timestamp and with the secret', () => {
    expect(signature(1, SECRET)).not.toBe(signature(2, SECRET));
    expect(signature(1, SECRET)).not.toBe(signature(1, `${SECRET}x`));
  });

  it('handles non-ASCII secrets as UTF-8', () => {
    expect(signature(42, 'SEC密钥')).toBe(expectedSign(42, 'SEC密钥'));
  });
});

describe('signedSendUrl', () => {
  it('without a secret is the plain webhook', () => {
    expect(signedSendUrl(BASE, 'abc123', null, 1)).toBe(`${BASE}/robot/send?access_token=abc123`);
  });

  it('appends timestamp (ms) and the signature, and tolerates a trailing slash on the base', () => {
    const now = 1_700_000_000_042;
    const url = new URL(signedSendUrl(`${BASE}/`, 'tok', SECRET, now));
    expect(url.origin + url.pathname).toBe(`${BASE}/robot/send`);
    expect(url.searchParams.get('access_token')).toBe('tok');
    expect(url.searchParams.get('timestamp')).toBe(String(now));
    expect(url.searchParams.get('sign')).toBe(expectedSign(now, SECRET));
  });

  it('keeps a base path (the emulator is mounted under /emulator)', () => {
    expect(signedSendUrl('http://127.0.0.1:8787/emulator', 't', null)).toBe(
      'http://127.0.0.1:8787/emulator/robot/send?access_token=t',
    );
  });

  it.each(['+', '/', '='])('percent-encodes %s so decoding gives back the exact signature', (char) => {
    const ts = timestampWhoseSignHas(char, SECRET);
    const raw = signature(ts, SECRET);
    expect(raw).toContain(char);
    const url = signedSendUrl(BASE, 'tok', SECRET, ts);
    const encodedSign = url.split('&sign=')[1]!;
    expect(encodedSign).not.toMatch(/[+/=]/);
    expect(encodedSign).toContain(encodeURIComponent(char));
    const decoded = decodeURIComponent(encodedSign);
    expect(decoded).toBe(expectedSign(Number(new URL(url).searchParams.get('timestamp')), SECRET));
    // What a server sees after form-style decoding, where an unencoded "+" would turn into a space.
    expect(new URL(url).searchParams.get('sign')).toBe(raw);
  });

  it('encodes an access token with reserved characters', () => {
    expect(signedSendUrl(BASE, 'a&b=c', null)).toBe(`${BASE}/robot/send?access_token=a%26b%3Dc`);
  });

  it('never grows when called again: each URL is built from the base', () => {
    const a = signedSendUrl(BASE, 'tok', SECRET, 1_700_000_000_000);
    const b = signedSendUrl(BASE, 'tok', SECRET, 1_700_000_001_000);
    const prefix = `${BASE}/robot/send?access_token=tok&timestamp=`;
    for (const url of [a, b]) {
      expect(url.startsWith(prefix)).toBe(true);
      expect(url.match(/timestamp=/g)).toHaveLength(1);
      expect(url.match(/sign=/g)).toHaveLength(1);
    }
  });
});
