import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintLineShapes } from './line-shapes.ts';
import { lintByParsing } from './markdown-syntax.ts';

/** How lines start: the shapes the fast path reads, then every block marker and near misses of them. */
const STARTS = [
  '',
  '# ',
  '#### ',
  '#tag',
  '> ',
  '>',
  '- ',
  '* ',
  '+ ',
  '**',
  '-5%',
  '_x_',
  '=x',
  '####### ',
  '[a](x) ',
];
const ODD_STARTS = [
  ...[' ', '  ', '    ', '\u3000', '\u00a0', '#', '###### ', '>  ', '>> ', '> # ', '> - ', '-', '*', '+', '- - '],
  ...['- [ ] ', '1. ', '1) ', '2. ', '10 ', '1.5', '---', '***', '___', '* * *', '===', '=', '--', '-- ', '[r]: '],
  ...['[', '[a]', '[a\n', '<', '!'],
];
/** What lines hold: text, font tags well and badly formed, links, then what the fast path leaves alone. */
const PIECES = [
  ...['文本', 'text', ' 与 ', '*强调*', '**粗**', '_', '=', '-', '#', '>', '&lt;', '&amp;', '!', '(', ')', ']', ':'],
  ...['<font color=#FF0000>', '<font color=red>', '<font color="#00ff00" size=3>', '</font>', '</font >'],
  ...['<font face=x color=#000000>', '[链接](https://x.cn)', '[a](dtmd://dingtalkclient/sendMessage?content=x)'],
];
const ODD_PIECES = [
  ...[' ', '  ', '\u3000', '<font>', '<font color=#f00', '<b>', '</b>', '<br/>', '<!-- c -->', '<https://x.cn>'],
  ...['[a](<font color=red>)', '[', '![图](https://x.cn/a.png)', '`code`', '~~del~~', 'a | b', '\\', '\t', '\r'],
];
const start = fc.oneof({ arbitrary: fc.constantFrom(...STARTS), weight: 6 }, fc.constantFrom(...ODD_STARTS));
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 24 }, fc.constantFrom(...ODD_PIECES));
const line = fc.oneof(fc.constant(''), {
  arbitrary: fc
    .tuple(start, fc.array(piece, { minLength: 1, maxLength: 4 }))
    .map(([first, pieces]) => first + pieces.join('')),
  weight: 4,
});
const text = fc.array(line, { minLength: 1, maxLength: 10 }).map((lines) => lines.join('\n'));
/** Markers, tags and text in any order, for the interactions the line shapes above do not think of. */
const UNITS = ['#', '>', '-', '*', '+', ' ', '\n', '<font color=red>', '</font>', '<', '/', 'font', ' color=red>'];
const jumble = fc
  .array(fc.constantFrom(...UNITS, '[', ']', '(', ')', ':', '1', '.', '=', '_', 'a', '中', '!', '&', '"', '\u3000'), {
    maxLength: 40,
  })
  .map((units) => units.join(''));

/**
 * On generated texts, whenever the line-by-line reading answers it gives what the full parse gives; it
 * must answer often enough for that to say something.
 */
function expectAgreement(texts: fc.Arbitrary<string>, numRuns: number): void {
  let answered = 0;
  fc.assert(
    fc.property(texts, fc.boolean(), (source, dtmdSupported) => {
      const fast = lintLineShapes('markdown.text', source, dtmdSupported);
      if (fast === null) return;
      answered++;
      expect(fast).toEqual(lintByParsing('markdown.text', source, { dtmdSupported }));
    }),
    { numRuns },
  );
  expect(answered).toBeGreaterThan(1000);
}

describe('reading messages line by line', () => {
  it('gives what the full parse gives, whenever it answers', () => expectAgreement(text, 5000));

  it('agrees on jumbled markers and tags too', () => expectAgreement(jumble, 4000));

  it('answers for the usual alert: heading, quote, list, link, coloured text', () => {
    const alert = [
      '#### 告警：api-gateway 5xx 比例过高',
      '',
      '> 过去 5 分钟 5xx 比例 **12.5%**，阈值 5%',
      '',
      '- 集群：prod-cn-hangzhou',
      '- [查看面板](https://grafana.example.com/d/api)',
      '第二行',
      '',
      '<font color=red>请值班同学尽快处理',
    ].join('\n');
    const warnings = lintLineShapes('markdown.text', alert, true);
    expect(warnings?.map((w) => [w.code, w.line])).toEqual([
      ['single-newline', 6],
      ['color-name', 9],
      ['html', 9], // left open
    ]);
    expect(warnings).toEqual(lintByParsing('markdown.text', alert, { dtmdSupported: true }));
  });

  it('leaves what it does not follow to the full parse', () => {
    for (const source of [
      '```\ncode\n```',
      '1. 第一',
      'a\n---',
      '    indented',
      '| a | b |',
      '<b>x</b>',
      '![i](x.png)',
      // A link going on over the line break takes the break (found by the property above).
      '[](文本\n)文本',
      '[链接](https://x.cn/a\n)',
    ])
      expect(lintLineShapes('markdown.text', source, true), source).toBeNull();
    expect(lintLineShapes('actionCard.text', '[a](dtmd://x)', false)).toBeNull();
  });
});
