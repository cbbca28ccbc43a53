import { describe, expect, it } from 'vitest';
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
