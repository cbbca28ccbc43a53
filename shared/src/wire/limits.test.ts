import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSent, bodyBytes, bodyBytesFrom, countUtf8Bytes, sentBodyBytesFrom, utf8Bytes } from './limits.ts';

describe('byte counting', () => {
  it('counts UTF-8 bytes of the serialized body', () => {
    expect(utf8Bytes('a汉😀')).toBe(1 + 3 + 4);
    expect(bodyBytes({ a: '汉' })).toBe('{"a":""}'.length + 3);
  });

  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const count of [utf8Bytes, countUtf8Bytes]) {
      expect(count('\ud800x\udc00\ud83d')).toBe(encoder.encode('\ud800x\udc00\ud83d').length);
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => count(text) === encoder.encode(text).length),
        { numRuns: 500 },
      );
    }
  });
});

describe('bodyBytesFrom', () => {
  it('measures exactly whenever the body may reach the floor', () => {
    const values = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withNullPrototype: true, withSparseArray: true, withObjectString: true }),
      fc.string({ unit: 'binary', maxLength: 400 }).map((text) => ({ msgtype: 'text', text: { content: text } })),
      // What serializes longest: escaped control characters and lone surrogates, as values and as keys.
      fc
        .oneof(
          fc.array(fc.constantFrom('\u0001', '\n', '"', '\\', '\ud800', '汉', '😀', 'a'), { maxLength: 60 }),
          fc.array(fc.constantFrom('\u001f', '\udc00'), { maxLength: 60 }),
        )
        .map((units) => units.join(''))
        .chain((text) => fc.constantFrom(text, [text, text], { [text]: text })),
    );
    // Floors around the exact size: at or below it, the body must be measured.
    fc.assert(
      fc.property(values, fc.integer({ min: -40, max: 40 }), (value, offset) => {
        let exact: number;
        try {
          exact = bodyBytes(value);
        } catch {
          return; // not serializable: the caller's concern
        }
        const floor = Math.max(0, exact + offset);
        const measured = bodyBytesFrom(value, floor);
        if (measured === undefined) expect(exact).toBeLessThan(floor);
        else expect(measured).toBe(exact);
        if (offset <= 0) expect(measured).toBe(exact);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips serializing a message far below the floor, and measures one near it', () => {
    const message = { msgtype: 'text', text: { content: '汉'.repeat(1000) } };
    expect(bodyBytesFrom(message, 20000)).toBeUndefined();
    expect(bodyBytesFrom(message, 3000)).toBe(bodyBytes(message));
    expect(bodyBytesFrom({ at: new Date(0) }, 20000)).toBe(bodyBytes({ at: new Date(0) }));
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => bodyBytesFrom(cycle, 20000)).toThrow(TypeError);
  });
});

describe('sentBodyBytesFrom', () => {
  it('is the size with the queue’s msgUuid (or the message’s own), measured without copying', () => {
    const messages = fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }),
      fc.string({ maxLength: 300 }).map((content) => ({ msgtype: 'text', text: { content } })),
      fc
        .string({ minLength: 1, maxLength: 40 })
        .map((msgUuid) => ({ msgtype: 'text', text: { content: 'x' }, msgUuid })),
    );
    fc.assert(
      fc.property(messages, fc.integer({ min: -60, max: 60 }), (message, offset) => {
        const exact = bodyBytes(asSent(message));
        const floor = Math.max(0, exact + offset);
        const measured = sentBodyBytesFrom(message, floor);
        if (measured === undefined) expect(exact).toBeLessThan(floor);
        else expect(measured).toBe(exact);
        if (offset <= 0) expect(measured).toBe(exact);
      }),
      { numRuns: 3000 },
    );
    expect(sentBodyBytesFrom({}, 0)).toBe(bodyBytes(asSent({})));
  });
});
