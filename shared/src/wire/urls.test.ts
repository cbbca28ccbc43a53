import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBytes, countUtf8Bytes, utf8Bytes } from './limits.ts';
import { IMAGE_SCHEMES, LINK_SCHEMES, MARKDOWN_LINK_SCHEMES, urlHasScheme } from './urls.ts';

describe('urlHasScheme', () => {
  it.each([
    ['https://www.dingtalk.com/', LINK_SCHEMES, true],
    ['http://x.cn', LINK_SCHEMES, true],
    ['dingtalk://dingtalkclient/page/link?url=x', LINK_SCHEMES, true],
    ['dtmd://dingtalkclient/sendMessage?content=x', LINK_SCHEMES, false],
    ['dtmd://dingtalkclient/sendMessage?content=x', MARKDOWN_LINK_SCHEMES, true],
    ['dingtalk://x', IMAGE_SCHEMES, false],
    ['HTTPS://X.CN', IMAGE_SCHEMES, true],
    ['javascript:alert(1)', MARKDOWN_LINK_SCHEMES, false],
    ['java\tscript:alert(1)', MARKDOWN_LINK_SCHEMES, false],
    ['data:text/html,<b>', MARKDOWN_LINK_SCHEMES, false],
    ['https://', LINK_SCHEMES, false],
    [' https://x.cn', LINK_SCHEMES, false],
    ['', LINK_SCHEMES, false],
    ['/relative', LINK_SCHEMES, false],
  ] as const)('%j with %j → %s', (url, schemes, ok) => {
    expect(urlHasScheme(url, schemes)).toBe(ok);
  });
});

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
