import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { SAMPLE_MESSAGES } from './test-messages.ts';

const emulator = createEmulator({ dataDir: null, rateLimit: 1_000_000 });
emulator.registry.ensureRobot({ token: 'fuzz-robot', keywords: [] });

async function post(body: string, contentType = 'application/json') {
  const response = await emulator.app.request('/robot/send?access_token=fuzz-robot', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, json: (await response.json()) as { errcode: unknown; errmsg: unknown } };
}

/** Valid messages with one field replaced by anything: the closest thing to a user's mistake. */
const mutated = fc
  .tuple(fc.constantFrom(...Object.values(SAMPLE_MESSAGES)), fc.jsonValue(), fc.nat())
  .map(([message, value, pick]) => {
    const copy = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const key = keys[pick % keys.length]!;
    const inner = copy[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const innerKeys = Object.keys(inner);
      (inner as Record<string, unknown>)[innerKeys[pick % innerKeys.length] ?? 'x'] = value;
    } else copy[key] = value;
    return JSON.stringify(copy);
  });

describe('emulator fuzz', () => {
  it('answers any body with HTTP 200 and a DingTalk errcode, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutated,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (body) => {
          const { status, json } = await post(body);
          expect(status).toBe(200);
          expect(typeof json.errcode).toBe('number');
          expect(typeof json.errmsg).toBe('string');
          expect(json.errcode).not.toBe(-1);
        },
      ),
      { numRuns: 600 },
    );
  });
});
