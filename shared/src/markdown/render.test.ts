import { describe, expect, it } from 'vitest';
import { REFERENCE_EXAMPLES } from '../lint/fixtures/reference-examples.ts';
import { htmlAllowlistProblems } from './html-allowlist.ts';
import { renderDingtalkMarkdown, renderPlainText } from './render.ts';

const render = (text: string, mentions?: string[]) => renderDingtalkMarkdown(text, { mentions });
/** The inner HTML of a one-paragraph document. */
const inline = (text: string, mentions?: string[]) => {
  const html = render(text, mentions);
  expect(html).toMatch(/^<p>[\s\S]*<\/p>\n$/);
  return html.slice(3, -5);
};

describe('the DingTalk subset renders', () => {
  it.each([1, 2, 3, 4, 5, 6])('heading level %i', (level) => {
    expect(render(`${'#'.repeat(level)} 标题 Title`)).toBe(`<h${level}>标题 Title</h${level}>\n`);
  });

  it('blockquotes', () => {
    expect(render('> A man who stands for nothing will fall for anything.')).toBe(
      '<blockquote>\n<p>A man who stands for nothing will fall for anything.</p>\n</blockquote>\n',
    );
  });

  it('bold and italic', () => {
    expect(inline('**bold** and *italic* and ***both***')).toBe(
      '<strong>bold</strong> and <em>italic</em> and <em><strong>both</strong></em>',
    );
  });

  it('links, opening in a new tab without leaking the opener', () => {
    expect(inline('[this is a link](http://name.com)')).toBe(
      '<a href="http://name.com" target="_blank" rel="noopener noreferrer">this is a link</a>',
    );
    expect(inline('[t](https://x.cn/a?b=1&c=2 "a title")')).toBe(
      '<a href="https://x.cn/a?b=1&amp;c=2" title="a title" target="_blank" rel="noopener noreferrer">t</a>',
    );
  });

  it('marks dingtalk:// and dtmd:// links for the preview', () => {
    expect(inline('[侧边栏](dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fx.cn&pc_slide=true)')).toBe(
      '<a href="dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fx.cn&amp;pc_slide=true" target="_blank" rel="noopener noreferrer" data-dp-scheme="dingtalk">侧边栏</a>',
    );
    expect(inline('[发送](dtmd://dingtalkclient/sendMessage?content=%E4%BD%A0%E5%A5%BD)')).toContain(
      'data-dp-scheme="dtmd"',
    );
  });

  it('images, and uploaded media ids as a placeholder', () => {
    expect(inline('![](http://name.com/pic.jpg)')).toBe(
      '<img src="http://name.com/pic.jpg" alt="" loading="lazy" referrerpolicy="no-referrer">',
    );
    expect(inline('![截图](@lADOpwk3K80C0M0FoA)')).toBe(
      '<span class="dp-image-placeholder" data-media-id="@lADOpwk3K80C0M0FoA">截图</span>',
    );
  });

  it('bullet and ordered lists', () => {
    expect(render('- item1\n- item2')).toBe('<ul>\n<li>item1</li>\n<li>item2</li>\n</ul>\n');
    expect(render('1. item1\n2. item2')).toBe('<ol>\n<li>item1</li>\n<li>item2</li>\n</ol>\n');
    expect(render('3. three')).toBe('<ol start="3">\n<li>three</li>\n</ol>\n');
  });

  it('paragraphs: a blank line or two trailing spaces break, a single newline does not', () => {
    expect(render('第一段\n\n第二段')).toBe('<p>第一段</p>\n<p>第二段</p>\n');
    expect(inline('line one  \nline two')).toBe('line one<br>\nline two');
    const joined = inline('line one\nline two');
    expect(joined).not.toContain('<br');
    expect(joined.replace(/\s+/g, ' ')).toBe('line one line two');
  });

  it('<font color=#RRGGBB>, unquoted or quoted', () => {
    const red = '<span class="dp-font" style="color:#ff0000">红色</span>';
    expect(inline('<font color=#FF0000>红色</font>')).toBe(red);
    expect(inline('<font color="#FF0000">红色</font>')).toBe(red);
    expect(inline("<font color='#ff0000'>红色</font>")).toBe(red);
    expect(inline('<FONT COLOR=#FF0000 size=12 face=黑体>红色</FONT>')).toBe(red);
    expect(inline('**<font color=#00ff00>绿</font>**')).toBe(
      '<strong><span class="dp-font" style="color:#00ff00">绿</span></strong>',
    );
  });

  it('colour names and #RGB keep the text but not the colour (phones ignore them)', () => {
    expect(inline('<font color=red>字</font>')).toBe('<span class="dp-font dp-font-unsupported">字</span>');
    expect(inline('<font color=#f00>字</font>')).toBe('<span class="dp-font dp-font-unsupported">字</span>');
  });

  it("on PC (the preview's PC width), colour names and #RGB colour the text too", () => {
    const pc = (text: string) => renderDingtalkMarkdown(text, { pc: true });
    expect(pc('<font color=Red>字</font> <font color=#F00>字</font>')).toBe(
      '<p><span class="dp-font" style="color:red">字</span> <span class="dp-font" style="color:#f00">字</span></p>\n',
    );
    expect(pc('<font color="red;background:url(x)">字</font>')).toContain('dp-font-unsupported');
  });

  it('nests font tags and keeps unmatched ones literal', () => {
    expect(inline('<font color=#111111>a<font color=#222222>b</font>c</font>')).toBe(
      '<span class="dp-font" style="color:#111111">a<span class="dp-font" style="color:#222222">b</span>c</span>',
    );
    expect(inline('<font color=#ff0000>open')).toBe('&lt;font color=#ff0000&gt;open');
    expect(inline('close</font>')).toBe('close&lt;/font&gt;');
    expect(inline('**a<font color=#ff0000>b**c</font>')).toBe(
      '<strong>a&lt;font color=#ff0000&gt;b</strong>c&lt;/font&gt;',
    );
    expect(inline('<font size=3>x</font>')).toBe('&lt;font size=3&gt;x&lt;/font&gt;');
    expect(inline('<font color=#ff0000>\n红色\n</font>')).toBe(
      '<span class="dp-font" style="color:#ff0000">\n红色\n</span>',
    );
  });

  it('highlights mentions that are in the at list', () => {
    expect(inline('告警 @156xxxx8827 和 @189xxxx8325 @someone', ['156xxxx8827', 'user01'])).toBe(
      '告警 <span class="dp-mention">@156xxxx8827</span> 和 @189xxxx8325 @someone',
    );
    expect(inline('**@user01**', ['user01'])).toBe('<strong><span class="dp-mention">@user01</span></strong>');
    expect(inline('[@user01](https://x.cn)', ['user01'])).toContain('<span class="dp-mention">@user01</span></a>');
  });

  it('renders the reference page examples', () => {
    const weather = render(REFERENCE_EXAMPLES.markdown.markdown.text, ['156xxxx8827']);
    expect(weather).toContain('<h4>杭州天气 <span class="dp-mention">@156xxxx8827</span></h4>');
    expect(weather).toContain('<img src="https://gw.alicdn.com/tfs/TB1ut3xxbsrBKNjSZFpXXcXhFXa-846-786.png"');
    expect(weather).toContain('<h6>10点20分发布 <a href="http://www.thinkpage.cn/"');
    expect((weather.match(/<blockquote>/g) ?? []).length).toBe(2);
    const card = render(REFERENCE_EXAMPLES.actionCardWhole.actionCard.text);
    expect(card).toContain('data-media-id="@lADOpwk3K80C0M0FoA"');
    expect(card).toContain('<h3>乔布斯 20 年前想打造的苹果咖啡厅</h3>');
    for (const html of [weather, card]) expect(htmlAllowlistProblems(html)).toEqual([]);
  });
});

describe('everything else shows as the literal text DingTalk shows', () => {
  it.each([
    ['fenced code', '```js\nalert(1)\n```', '<p>```js\nalert(1)\n```</p>\n'],
    ['tilde fences', '~~~\ncode\n~~~', '<p>~~~\ncode\n~~~</p>\n'],
    ['inline code', 'run `npm test`', '<p>run `npm test`</p>\n'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |', '<p>| a | b |\n| - | - |\n| 1 | 2 |</p>\n'],
    ['strikethrough', '~~old~~ new', '<p>~~old~~ new</p>\n'],
    ['a horizontal rule', 'above\n\n---\n\nbelow', '<p>above</p>\n<p>---</p>\n<p>below</p>\n'],
    ['a setext heading', 'Title\n===', '<p>Title\n===</p>\n'],
    ['html tags', '<b>bold</b> <div>x</div>', '<p>&lt;b&gt;bold&lt;/b&gt; &lt;div&gt;x&lt;/div&gt;</p>\n'],
    ['an html block', '<div>\nx\n</div>', '<p>&lt;div&gt;\nx\n&lt;/div&gt;</p>\n'],
    ['an html comment', '<!-- hidden -->', '<p>&lt;!-- hidden --&gt;</p>\n'],
    ['an autolink', '<https://x.cn>', '<p>&lt;https://x.cn&gt;</p>\n'],
    ['a bare URL (no linkify)', 'see https://x.cn', '<p>see https://x.cn</p>\n'],
    ['html entities', '&amp; &lt;b&gt; &#65;', '<p>&amp;amp; &amp;lt;b&amp;gt; &amp;#65;</p>\n'],
    ['reference links', '[a][1]\n\n[1]: https://x.cn', '<p>[a][1]</p>\n<p>[1]: https://x.cn</p>\n'],
    ['typographer replacements', '(c) -- "quotes"', '<p>(c) -- &quot;quotes&quot;</p>\n'],
    ['a link to javascript:', '[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['an image from ftp', '![x](ftp://x.cn/a.png)', '<p>![x](ftp://x.cn/a.png)</p>\n'],
  ])('%s', (_name, input, html) => {
    expect(render(input)).toBe(html);
  });

  it('tables render on PC only', () => {
    const table = '| 名称 | 数值 |\n| :- | -: |\n| **CPU** | 90% |';
    expect(render(table)).toBe('<p>| 名称 | 数值 |\n| :- | -: |\n| <strong>CPU</strong> | 90% |</p>\n');
    const pc = renderDingtalkMarkdown(table, { pc: true });
    expect(pc).toContain('<th style="text-align:left">名称</th>');
    expect(pc).toContain('<td style="text-align:right">90%</td>');
    expect(pc).toContain('<td style="text-align:left"><strong>CPU</strong></td>');
    expect(htmlAllowlistProblems(pc)).toEqual([]);
    // Nothing else changes on PC.
    expect(renderDingtalkMarkdown('```\ncode\n```', { pc: true })).toBe(render('```\ncode\n```'));
  });

  it('drops the indentation of indented code', () => {
    expect(render('    indented')).toBe('<p>indented</p>\n');
  });

  it('shows a link with an empty target as its text', () => {
    expect(inline('[text]()')).toBe('<span class="dp-link-invalid">text</span>');
  });

  it('shows a markdown image with a dingtalk:// source as a placeholder', () => {
    expect(inline('![alt](dingtalk://x)')).toBe('<span class="dp-image-placeholder dp-image-unsupported">alt</span>');
  });
});

describe('renderPlainText (text messages)', () => {
  it('escapes, keeps line breaks and highlights mentions', () => {
    expect(renderPlainText('我就是我, 是不一样的烟火@156xxxx8827', { mentions: ['156xxxx8827'] })).toBe(
      '我就是我, 是不一样的烟火<span class="dp-mention">@156xxxx8827</span>',
    );
    expect(renderPlainText('a\nb\r\nc')).toBe('a<br>b<br>c');
    expect(renderPlainText('**not bold** <b>x</b> & "q"')).toBe(
      '**not bold** &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;',
    );
  });

  it('prefers the longest mention and escapes mention text', () => {
    expect(renderPlainText('@1380000 @138', { mentions: ['138', '1380000'] })).toBe(
      '<span class="dp-mention">@1380000</span> <span class="dp-mention">@138</span>',
    );
    expect(renderPlainText('@<b>', { mentions: ['<b>'] })).toBe('<span class="dp-mention">@&lt;b&gt;</span>');
  });
});
