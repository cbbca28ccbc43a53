import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { inlineCanWarn, lintMarkdownText } from './markdown-syntax.ts';

/** The detector's configuration with markdown-it's own inline stage: every run parsed. */
const oracle = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
oracle.validateLink = () => true;
oracle.normalizeLink = (url) => url;

/** Inline tokens the linter reports (links only where dtmd:// is not supported). */
function reported(tokens: Token[], dtmdSupported: boolean): string[] {
  const types = ['softbreak', 'hardbreak', 'code_inline', 's_open', 'html_inline', 'image'];
  if (!dtmdSupported) types.push('link_open');
  return tokens.flatMap((token) => [
    ...(types.includes(token.type) ? [token.type] : []),
    ...reported(token.children ?? [], dtmdSupported),
  ]);
}

/** Near misses of every inline construct, with a few of the real thing. */
const PIECES = [
  ...['a', '中文', ' ', '  ', '\t', '*', '**', '_', '__', '!', '[', ']', '(', ')', '\\', '|', '#', '-', '>', ':'],
  ...['&#96;', '&lt;', '&#126;&#126;', '&#10;', '&#91;', '\\`', '\\~', '\\<', '\\[', '! [a](x.png)', '!\\[a](x.png)'],
  ...['[a](dtmd://x)', '[a][r]', '[r]: dtmd://x', 'dtmd://x', 'http://x.cn/a.png', '*a*', '**a**', '_a_'],
  ...['`', '~', '~~', '<b>', '<font color=red>', '</font>', '<dtmd://x>', '![a](x.png)', '\n', '  \n'],
];
const inline = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('skipping inline runs that cannot warn', () => {
  it('skips only runs in which markdown-it finds nothing the linter reports', () => {
    let skipped = 0;
    fc.assert(
      fc.property(inline, fc.boolean(), (content, dtmdSupported) => {
        if (inlineCanWarn(content, dtmdSupported)) return;
        skipped++;
        expect(reported(oracle.parseInline(content, {}), dtmdSupported)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(skipped).toBeGreaterThan(500);
  });

  it('still parses the runs that do warn, among plain ones', () => {
    const text = [
      '# 标题',
      '',
      '纯文本一行',
      '',
      '含 `code` 的一行',
      '',
      '- [链接](dtmd://x)',
      '- ![图](ftp://x/a.png)',
    ].join('\n');
    expect(lintMarkdownText('actionCard.text', text, { dtmdSupported: false }).map((w) => [w.code, w.line])).toEqual([
      ['code', 5],
      ['dtmd-outside-markdown', 7],
      ['image-scheme', 8],
    ]);
    expect(lintMarkdownText('markdown.text', text, { dtmdSupported: true }).map((w) => [w.code, w.line])).toEqual([
      ['code', 5],
      ['image-scheme', 8],
    ]);
  });
});
