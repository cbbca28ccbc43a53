import { describe, expect, it } from 'vitest';
import { LINT_CODES } from '../api/check.ts';
import { brief, card, lint, lintMd, md, produced, SYNTAX_CODES } from '../test-support/lint.ts';
import { asSent, MAX_BODY_BYTES } from '../wire/limits.ts';
import { REFERENCE_EXAMPLES } from './fixtures/reference-examples.ts';

describe('the reference page examples', () => {
  it('flag only the mention the official examples forget to write into the content', () => {
    expect(brief(lint(REFERENCE_EXAMPLES.text))).toEqual([['mention-missing', 'text.content', null]]);
    expect(brief(lint(REFERENCE_EXAMPLES.markdown))).toEqual([['mention-missing', 'markdown.text', null]]);
    expect(lint(REFERENCE_EXAMPLES.text)[0]?.message.en).toContain('189xxxx8325');
    for (const name of ['textTest', 'link', 'actionCardWhole', 'actionCardIndependent', 'feedCard'] as const)
      expect(lint(REFERENCE_EXAMPLES[name]), name).toEqual([]);
  });
});

describe('mentions', () => {
  it('flags each id in at whose @id is not in the content', () => {
    const message = {
      msgtype: 'text',
      text: { content: '请 @13800000000 处理' },
      at: { atMobiles: ['13800000000', '13900000000'], atUserIds: ['manager01'] },
    };
    expect(brief(lint(message))).toEqual([
      ['mention-missing', 'text.content', null],
      ['mention-missing', 'text.content', null],
    ]);
    expect(lint(message).map((w) => w.hint.zh)).toEqual(['在内容中写上“@13900000000”', '在内容中写上“@manager01”']);
    expect(lint(md('@manager01 看一下', { at: { atUserIds: ['manager01'], isAtAll: false } }))).toEqual([]);
    expect(lint({ msgtype: 'text', text: { content: '大家好' }, at: { isAtAll: true } })).toEqual([]);
  });

  it('flags a mobile that is not one: DingTalk would notify nobody', () => {
    const text = (content: string, atMobiles: string[]) => ({ msgtype: 'text', text: { content }, at: { atMobiles } });
    const codes = (mobile: string) =>
      lint(text(`hi @${mobile}`, [mobile]))
        .filter((w) => w.code === 'mention-mobile-shape')
        .map((w) => [w.field, w.message.en.includes(mobile)]);
    expect(codes('123')).toEqual([['at', true]]);
    expect(codes('1380000000')).toEqual([['at', true]]);
    expect(codes('23800000000')).toEqual([['at', true]]);
    for (const fine of [
      '13800000000',
      '+86-13800000000',
      '8613800000000',
      '150XXXXXXXX',
      '+1-4155550100',
      '138-0000-0000',
    ])
      expect([fine, codes(fine)]).toEqual([fine, []]);
  });

  it('flags at on types that cannot mention', () => {
    expect(brief(lint({ ...REFERENCE_EXAMPLES.link, at: { atMobiles: ['13800000000'] } }))).toEqual([
      ['mention-unsupported', 'at', null],
    ]);
    expect(brief(lint({ ...card({}), at: { isAtAll: true } }))).toEqual([['mention-unsupported', 'at', null]]);
    expect(lint({ ...REFERENCE_EXAMPLES.feedCard, at: { isAtAll: false, atMobiles: [] } })).toEqual([]);
  });
});

describe('size', () => {
  /** A text message whose body, as the queue sends it (with a msgUuid), is `bytes` long. */
  const textOfBytes = (bytes: number) => {
    const overhead = JSON.stringify(asSent({ msgtype: 'text', text: { content: '' } })).length;
    return { msgtype: 'text', text: { content: 'a'.repeat(bytes - overhead) } };
  };

  it('warns from 90% of the limit and errs past it', () => {
    expect(lint(textOfBytes(MAX_BODY_BYTES * 0.9 - 1))).toEqual([]);
    expect(brief(lint(textOfBytes(MAX_BODY_BYTES * 0.9)))).toEqual([['body-near-limit', null, null]]);
    expect(brief(lint(textOfBytes(MAX_BODY_BYTES)))).toEqual([['body-near-limit', null, null]]);
    const [over] = lint(textOfBytes(MAX_BODY_BYTES + 1));
    expect([over?.code, over?.severity]).toEqual(['body-over-limit', 'error']);
    expect(over?.message.zh).toContain(`${MAX_BODY_BYTES + 1} 字节`);
  });

  it('counts the msgUuid the message is sent with: its own, else the queue’s', () => {
    const queued = textOfBytes(MAX_BODY_BYTES + 1);
    expect(JSON.stringify(queued).length).toBeLessThan(MAX_BODY_BYTES);
    expect(lint(queued).map((w) => w.code)).toEqual(['body-over-limit']);
    const withOwn = { ...queued, msgUuid: 'a' };
    expect(lint(withOwn).map((w) => w.code)).toEqual(['body-near-limit']);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(lint({ msgtype: 'text', text: { content: '汉'.repeat(6100) } }).map((w) => w.code)).toEqual([
      'body-near-limit',
    ]);
  });
});

describe('links and images', () => {
  it('dtmd:// outside markdown messages', () => {
    const dtmd = 'dtmd://dingtalkclient/sendMessage?content=hi';
    expect(brief(lint(card({ singleURL: dtmd })))).toEqual([['dtmd-outside-markdown', 'actionCard.singleURL', null]]);
    const btns = [
      { title: 'a', actionURL: 'https://x.cn' },
      { title: 'b', actionURL: dtmd },
    ];
    expect(brief(lint(card({ singleTitle: undefined, singleURL: undefined, btns })))).toEqual([
      ['dtmd-outside-markdown', 'actionCard.btns.1.actionURL', null],
    ]);
    expect(brief(lint({ msgtype: 'link', link: { title: 't', text: 't', messageUrl: dtmd } }))).toEqual([
      ['dtmd-outside-markdown', 'link.messageUrl', null],
    ]);
    const inCard = lint(card({ text: '正文\n\n[回复](dtmd://dingtalkclient/sendMessage?content=ok)' }));
    expect(brief(inCard)).toEqual([['dtmd-outside-markdown', 'actionCard.text', 3]]);
    expect(inCard[0]?.severity).toBe('warning');
    expect(lint(md('[回复](dtmd://dingtalkclient/sendMessage?content=ok)'))).toEqual([]);
  });

  it('images DingTalk cannot fetch', () => {
    expect(lintMd('图\n\n![a](ftp://x.cn/a.png) ![b](http://192.168.1.5/b.png) ![c](https://img.x.cn/c.png)')).toEqual([
      ['image-scheme', 'markdown.text', 3],
      ['image-scheme', 'markdown.text', 3],
    ]);
    const feed = {
      msgtype: 'feedCard',
      feedCard: {
        links: [
          { title: 'a', messageURL: 'https://x.cn', picURL: 'http://localhost:8080/a.png' },
          { title: 'b', messageURL: 'https://x.cn', picURL: 'dingtalk://x' },
          { title: 'c', messageURL: 'https://x.cn', picURL: 'http://10.0.0.8/c.png' },
          { title: 'd', messageURL: 'https://x.cn', picURL: 'https://cdn.x.cn/d.png' },
        ],
      },
    };
    expect(brief(lint(feed))).toEqual([
      ['image-scheme', 'feedCard.links.0.picURL', null],
      ['image-scheme', 'feedCard.links.1.picURL', null],
      ['image-scheme', 'feedCard.links.2.picURL', null],
    ]);
    expect(lintMd('![media](@lADOpwk3K80C0M0FoA)')).toEqual([]);
  });
});

describe('keywords', () => {
  it('flags a message without any of the robot keywords', () => {
    const [missing] = lint(md('服务恢复'), ['告警', '通知']);
    expect([missing?.code, missing?.severity, missing?.field]).toEqual(['keyword-missing', 'error', null]);
    expect(missing?.message.zh).toContain('告警、通知');
    expect(lint(md('告警：服务恢复'), ['告警', '通知'])).toEqual([]);
    expect(lint(md('服务恢复'), [])).toEqual([]);
    expect(lint(md('服务恢复'), [''])).toEqual([]);
  });
});

describe('placeholders', () => {
  it('says {{name}}s go out as typed, at their field or message-wide; not a {{…}} that names no variable', () => {
    const [info, ...rest] = lint(card({ title: '{{姓名}} 入职', text: '欢迎 {{ 姓名 }}、{{部门}}、{{a-b}}' }));
    expect([info?.code, info?.severity, info?.field, info?.message.zh, rest]).toEqual([
      'placeholder',
      'info',
      null,
      '{{姓名}}、{{部门}} 会原样发出：直接发送的消息不替换变量',
      [],
    ]);
    const [inText] = lint(card({ title: '入职', text: '欢迎 {{姓名}}' }));
    expect([inText?.code, inText?.field]).toEqual(['placeholder', 'actionCard.text']);
    expect(lint(md('用 {{}} 和 {{a-b}} 写模板语法'))).toEqual([]);
  });
});

describe('partial and invalid input (the composer lints as you type)', () => {
  it.each([null, undefined, 'text', 42, [], {}, { msgtype: 'markdown' }, { msgtype: 'bogus' }])(
    '%j gives no warnings',
    (input) => {
      expect(lint(input)).toEqual([]);
    },
  );

  it('lints the fields that exist', () => {
    expect(brief(lint({ msgtype: 'markdown', markdown: { text: '~~x~~' } }))).toEqual([
      ['strikethrough', 'markdown.text', 1],
    ]);
    expect(brief(lint({ markdown: { text: '`x`' } }))).toEqual([['code', 'markdown.text', 1]]);
    expect(lint({ msgtype: 'markdown', markdown: { text: 42 }, at: { atMobiles: 'x' } })).toEqual([]);
    expect(lint({ msgtype: 'actionCard', actionCard: { btns: 'x' } })).toEqual([]);
    expect(lint({ msgtype: 'feedCard', feedCard: { links: [null, 1, { picURL: 7 }] } })).toEqual([]);
  });

  it('reads only the container msgtype names', () => {
    expect(lint({ msgtype: 'text', text: { content: 'ok' }, markdown: { text: '`x`' } })).toEqual([]);
  });
});

describe('coverage', () => {
  it('every lint code was produced by a test above, or by lint-syntax.test.ts', () => {
    expect([...new Set([...produced, ...SYNTAX_CODES])].sort()).toEqual([...LINT_CODES].sort());
  });
});
