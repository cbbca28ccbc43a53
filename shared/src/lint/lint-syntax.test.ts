import { describe, expect, it } from 'vitest';
import { brief, card, lint, lintMd, md, produced, SYNTAX_CODES } from '../test-support/lint.ts';
import { MAX_NEWLINE_WARNINGS } from './field-context.ts';

describe('syntax DingTalk does not render, with its line', () => {
  it('code: fenced, indented and inline', () => {
    expect(lint(md('intro\n\n```js\nalert(1)\n```')).map((w) => [w.code, w.line])).toEqual([['code', 3]]);
    expect(lintMd('intro\n\n    indented')).toEqual([['code', 'markdown.text', 3]]);
    expect(lintMd('# t\n\nrun `npm test` now')).toEqual([['code', 'markdown.text', 3]]);
    expect(lintMd('first  \nsecond `x`')).toEqual([['code', 'markdown.text', 2]]);
  });

  it('tables (PC only)', () => {
    const [table] = lint(md('概览\n\n| 名称 | 值 |\n| --- | --- |\n| a | 1 |'));
    expect([table?.code, table?.line, table?.severity]).toEqual(['table', 3, 'warning']);
    expect(table?.message.zh).toContain('电脑端');
  });

  it('html other than <font color>', () => {
    expect(lintMd('a <b>bold</b> <font color=#FF0000>ok</font>')).toEqual([
      ['html', 'markdown.text', 1],
      ['html', 'markdown.text', 1],
    ]);
    expect(lintMd('text\n\n<div>\n<span>x</span>\n</div>')).toEqual([
      ['html', 'markdown.text', 3],
      ['html', 'markdown.text', 4],
      ['html', 'markdown.text', 4],
      ['html', 'markdown.text', 5],
    ]);
    expect(lint(md('x <br/>'))[0]?.message.en).toContain('<br/>');
  });

  it('a font tag left open, or closed without an opener', () => {
    expect(lintMd('a\n\n<font color=#FF0000>never closed')).toEqual([['html', 'markdown.text', 3]]);
    expect(lintMd('stray</font>')).toEqual([['html', 'markdown.text', 1]]);
  });

  it('strikethrough and horizontal rules', () => {
    expect(lintMd('~~旧~~新')).toEqual([['strikethrough', 'markdown.text', 1]]);
    expect(lintMd('上\n\n---\n\n下\n\n***')).toEqual([
      ['rule', 'markdown.text', 3],
      ['rule', 'markdown.text', 7],
    ]);
    // In CommonMark this is a heading underline; DingTalk shows the dashes, joined onto the text.
    expect(lintMd('文字\n---')).toEqual([
      ['single-newline', 'markdown.text', 1],
      ['rule', 'markdown.text', 2],
    ]);
  });

  it('a === or --- underline is no heading in DingTalk: the lines around it are joined', () => {
    expect(lintMd('周报\n===\n本周完成')).toEqual([
      ['single-newline', 'markdown.text', 1],
      ['single-newline', 'markdown.text', 2],
    ]);
    expect(lintMd('上\n下\n---\n\n新段落')).toEqual([
      ['single-newline', 'markdown.text', 1],
      ['single-newline', 'markdown.text', 2],
      ['rule', 'markdown.text', 3],
    ]);
    expect(lintMd('> 引用\n> ===\n- 项目')).toEqual([['single-newline', 'markdown.text', 1]]);
  });

  it('colour names and #RGB, with the hex to use', () => {
    const [red, short, purple, odd] = lint(
      md(
        '<font color=red>a</font> <font color="#f80">b</font>\n\n<font color=Purple>c</font> <font color=foo>d</font>',
      ),
    );
    expect([red?.code, red?.line, red?.hint.en]).toEqual([
      'color-name',
      1,
      'Use six-digit hex, e.g. <font color=#FF0000>',
    ]);
    expect(short?.hint.zh).toContain('#FF8800');
    expect([purple?.line, purple?.hint.en]).toEqual([3, 'Use six-digit hex, e.g. <font color=#800080>']);
    expect(odd?.message.zh).toContain('“foo”');
    expect(lintMd('<font color=#00AA00>ok</font>')).toEqual([]);
  });

  it('single newlines that DingTalk joins, one per line', () => {
    expect(lintMd('第一行\n第二行\n第三行\n\n新段落')).toEqual([
      ['single-newline', 'markdown.text', 1],
      ['single-newline', 'markdown.text', 2],
    ]);
    expect(lintMd('> 引用一\n> 引用二\n\n- 项目\n  续行')).toEqual([
      ['single-newline', 'markdown.text', 1],
      ['single-newline', 'markdown.text', 4],
    ]);
    expect(lintMd('两个空格  \n换行\n\n- 列表\n- 另一项\n# 标题\n正文')).toEqual([]);
    expect(lint(md('a\nb'))[0]?.severity).toBe('info');
  });

  it('reads a block that starts with a font tag as the text DingTalk sees', () => {
    expect(lintMd('<font color=red>\n红色 `x`\n</font>')).toEqual([
      ['color-name', 'markdown.text', 1],
      ['single-newline', 'markdown.text', 1],
      ['code', 'markdown.text', 2],
      ['single-newline', 'markdown.text', 2],
    ]);
  });

  it('caps single-newline warnings per field', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n');
    const warnings = lint(md(text));
    expect(warnings).toHaveLength(MAX_NEWLINE_WARNINGS);
    expect(warnings.at(-1)?.line).toBe(MAX_NEWLINE_WARNINGS);
  });

  it('lints actionCard text as markdown and leaves text messages alone', () => {
    expect(brief(lint(card({ text: '# 标题\n`code`\n正文' })))).toEqual([
      ['code', 'actionCard.text', 2],
      ['single-newline', 'actionCard.text', 2],
    ]);
    expect(lint({ msgtype: 'text', text: { content: '```\ncode\n```\n~~x~~ <b>' } })).toEqual([]);
  });
});

describe('coverage', () => {
  it('every syntax code was produced by a test above', () => {
    expect([...produced].filter((code) => SYNTAX_CODES.includes(code)).sort()).toEqual([...SYNTAX_CODES].sort());
  });
});
