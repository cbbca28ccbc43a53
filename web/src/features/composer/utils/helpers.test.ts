import { afterEach, describe, expect, it } from 'vitest';
import { dingtalkMessageSchema, type DingtalkMessage } from '@dingpost/shared/wire/message';
import { decodeShareHash, encodeShareHash } from '../../../lib/share-link.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { buildCurl, shellQuote } from './curl.ts';
import { loadDraft, saveDraft } from './draft-storage.ts';
import { clickToSendLink, markdownLink, sidePanelLink } from './link-helper.ts';
import { conversionLoses, convertMessage } from './convert-kind.ts';
import { coerceDraft, droppedPaths, emptyMessage, toWire } from './message-model.ts';
import { appendMention, hasMention, removeMention } from './mentions.ts';

const markdown: DingtalkMessage = {
  msgtype: 'markdown',
  markdown: { title: "It's 杭州天气", text: '#### 杭州天气 @150XXXXXXXX\n> 9度，西北风1级' },
  at: { atMobiles: ['150XXXXXXXX'], atUserIds: [], isAtAll: false },
};

describe('draft storage', () => {
  afterEach(() => localStorage.clear());

  it('restores what was saved', () => {
    expect(saveDraft('usr_a', markdown, new Date('2024-05-01T00:00:00Z'))).toBe(true);
    expect(loadDraft('usr_a')).toEqual({ message: markdown, savedAt: '2024-05-01T00:00:00.000Z' });
  });
  it('keeps one draft per user: another user of the browser neither sees nor overwrites it', () => {
    saveDraft('usr_a', markdown, new Date('2024-05-01T00:00:00Z'));
    expect(loadDraft('usr_b')).toBeUndefined();
    const text: DingtalkMessage = { msgtype: 'text', text: { content: 'b' } };
    saveDraft('usr_b', text, new Date('2024-05-02T00:00:00Z'));
    expect(loadDraft('usr_a')?.message).toEqual(markdown);
    expect(loadDraft('usr_b')?.message).toMatchObject(text);
    expect(loadDraft('__proto__')).toBeUndefined();
  });
  it('gives a draft saved by the previous version (one for the browser) to the first user who opens the composer', () => {
    localStorage.setItem(STORAGE_KEYS.composerDraft, JSON.stringify({ v: 1, message: markdown, savedAt: 'x' }));
    expect(loadDraft('usr_a')).toEqual({ message: markdown, savedAt: 'x' });
    saveDraft('usr_a', markdown);
    expect(loadDraft('usr_b')).toBeUndefined();
  });
  it('ignores a corrupt or foreign entry instead of throwing', () => {
    localStorage.setItem(STORAGE_KEYS.composerDraft, '{not json');
    expect(loadDraft('usr_a')).toBeUndefined();
    localStorage.setItem(
      STORAGE_KEYS.composerDraft,
      JSON.stringify({ v: 2, drafts: { usr_a: { message: { msgtype: 'voice' } } } }),
    );
    expect(loadDraft('usr_a')).toBeUndefined();
    localStorage.setItem(STORAGE_KEYS.composerDraft, JSON.stringify({ v: 2, drafts: [] }));
    expect(loadDraft('usr_a')).toBeUndefined();
  });
});

describe('buildCurl', () => {
  it('uses a token placeholder and quotes the body for the shell', () => {
    const curl = buildCurl(toWire(markdown));
    expect(curl).toContain("'https://oapi.dingtalk.com/robot/send?access_token=<ACCESS_TOKEN>'");
    expect(curl).toContain(`-d '{"msgtype":"markdown","markdown":{"title":"It'\\''s 杭州天气"`);
    expect(curl).not.toMatch(/access_token=[0-9a-f]{16}/);
  });
  it('adds signature placeholders for a signed robot', () => {
    expect(buildCurl(toWire(markdown), { signed: true })).toContain('&timestamp=<TIMESTAMP>&sign=<SIGN>');
  });
  it('single-quotes safely', () => {
    expect(shellQuote(`a'b`)).toBe(`'a'\\''b'`);
  });
});

describe('share links', () => {
  it('round-trips a message with Chinese text and URL-unsafe characters', () => {
    const hash = encodeShareHash(markdown);
    expect(hash).toMatch(/^#m=[A-Za-z0-9_-]+$/);
    expect(decodeShareHash(hash)).toEqual({ value: markdown });
  });
  it('tells no share link from a damaged one', () => {
    expect(decodeShareHash('')).toBeUndefined();
    expect(decodeShareHash('#m=%%%')).toEqual({ damaged: true });
    expect(decodeShareHash('#m=')).toEqual({ damaged: true });
    // Cut short when pasted into a chat: damaged, not "no share link".
    expect(decodeShareHash(encodeShareHash(markdown).slice(0, -7))).toEqual({ damaged: true });
    expect(decodeShareHash('#other=1')).toBeUndefined();
  });
});

describe('link helper', () => {
  it('wraps a URL for the side panel or the browser', () => {
    expect(sidePanelLink('https://example.com/a?b=1&c=2', true)).toBe(
      'dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26c%3D2&pc_slide=true',
    );
    expect(sidePanelLink('https://example.com', false)).toMatch(/&pc_slide=false$/);
  });
  it('builds a click-to-send link', () => {
    expect(clickToSendLink('收到 ok')).toBe('dtmd://dingtalkclient/sendMessage?content=%E6%94%B6%E5%88%B0%20ok');
  });
  it('escapes brackets in link text', () => {
    expect(markdownLink('a [b]', 'https://x.y')).toBe('[a \\[b\\]](https://x.y)');
  });
});

describe('mentions', () => {
  it('appends @id once, after a space', () => {
    expect(appendMention('hello', '138')).toBe('hello @138');
    expect(appendMention('hello @138', '138')).toBe('hello @138');
    expect(appendMention('', 'u1')).toBe('@u1');
  });
  it('does not take a longer id for the mention', () => {
    expect(hasMention('@13800', '138')).toBe(false);
    expect(appendMention('@13800', '138')).toBe('@13800 @138');
  });
  it('takes back the mention it added, and nothing else', () => {
    expect(removeMention(appendMention('通知：你好', '13800138000'), '13800138000')).toBe('通知：你好');
    expect(removeMention(appendMention('', 'u1'), 'u1')).toBe('');
    expect(removeMention('请 @138 看一下\n@138 好', '138')).toBe('请 看一下\n好');
    expect(removeMention('hi\n@138', '138')).toBe('hi\n');
    // A longer id, an address and other ids are left alone.
    for (const text of ['@13800', 'mail@138', 'hi @139', '@138x']) expect(removeMention(text, '138')).toBe(text);
  });
  it('agrees when adding and removing on what counts as a mention: `mail@138` is not one', () => {
    expect(hasMention('mail@138', '138')).toBe(false);
    expect(appendMention('mail@138', '138')).toBe('mail@138 @138');
    expect(removeMention(appendMention('mail@138', '138'), '138')).toBe('mail@138');
    expect(hasMention('mail@138 @138', '138')).toBe(true);
  });
});

describe('message model', () => {
  it('gives every kind a blank draft that the wire schema rejects only for empty fields', () => {
    for (const kind of ['text', 'link', 'markdown', 'actionCardWhole', 'actionCardIndependent', 'feedCard'] as const) {
      const result = dingtalkMessageSchema.safeParse(toWire(emptyMessage(kind)));
      expect(result.success).toBe(false);
      expect(result.error?.issues.every((issue) => issue.path.length > 0)).toBe(true);
    }
  });
  it('leaves empty mentions and picture out of the wire JSON', () => {
    expect(toWire(emptyMessage('text'))).toEqual({ msgtype: 'text', text: { content: '' } });
    expect(toWire(markdown).at).toEqual({ atMobiles: ['150XXXXXXXX'] });
  });
  it('coerces pasted JSON into an editable draft and rejects non-messages', () => {
    expect(coerceDraft({ msgtype: 'feedCard', feedCard: { links: [{ title: 1 }] }, extra: true })).toEqual({
      msgtype: 'feedCard',
      feedCard: { links: [{ title: '', messageURL: '', picURL: '' }] },
    });
    expect(coerceDraft({ msgtype: 'voice', voice: {} })).toBeNull();
    expect(coerceDraft('text')).toBeNull();
  });
  it('names what coercing pasted JSON left out', () => {
    const pasted = {
      msgtype: 'actionCard',
      actionCard: {
        title: 't',
        text: 'x',
        btnOrientation: 1,
        hideAvatar: '1',
        btns: [{ title: 'a', actionUrl: 'https://a.b/' }],
      },
      at: { isAtAll: false },
    };
    expect(droppedPaths(pasted, coerceDraft(pasted))).toEqual([
      'actionCard.btnOrientation',
      'actionCard.btns.0.actionUrl',
    ]);
    const link = {
      msgtype: 'link',
      link: { title: 't', text: 'x', messageUrl: 'https://a.b/', picURL: 'https://a.b/p' },
    };
    expect(droppedPaths(link, coerceDraft(link))).toEqual(['link.picURL']);
    expect(droppedPaths(toWire(markdown), coerceDraft(toWire(markdown)))).toEqual([]);
  });
  it('carries title and text across kinds', () => {
    const card = convertMessage(markdown, 'actionCardWhole');
    expect(card).toMatchObject({ msgtype: 'actionCard', actionCard: { title: markdown.markdown.title } });
    expect(card.at).toBeUndefined();
  });
  it('carries the button text and the display options between the two ActionCards', () => {
    const whole: DingtalkMessage = {
      msgtype: 'actionCard',
      actionCard: { title: 't', text: 'x', hideAvatar: '1', singleTitle: '阅读全文', singleURL: 'https://a.b/' },
    };
    const independent = convertMessage(whole, 'actionCardIndependent');
    expect(independent).toMatchObject({
      actionCard: {
        hideAvatar: '1',
        btnOrientation: '0',
        btns: [{ title: '阅读全文', actionURL: 'https://a.b/' }, {}],
      },
    });
    expect(convertMessage(independent, 'actionCardWhole')).toEqual(whole);
    expect(conversionLoses(whole, 'actionCardIndependent')).toBe(false);
  });
  it('tells when a switch of kind leaves something typed out', () => {
    expect(conversionLoses(markdown, 'text')).toBe(true); // the title
    expect(conversionLoses(markdown, 'link')).toBe(true); // the mentions
    expect(conversionLoses({ ...markdown, at: {} }, 'actionCardWhole')).toBe(false);
    expect(conversionLoses({ msgtype: 'text', text: { content: 'hi' } }, 'markdown')).toBe(false);
    const twoButtons = convertMessage(convertMessage(markdown, 'actionCardIndependent'), 'actionCardIndependent');
    // The second, untouched button is nothing typed.
    expect(conversionLoses({ ...twoButtons, at: {} } as DingtalkMessage, 'actionCardWhole')).toBe(false);
    const card = twoButtons as Extract<DingtalkMessage, { msgtype: 'actionCard' }>;
    card.actionCard.btns![1] = { title: '拒绝', actionURL: '' };
    expect(conversionLoses(card, 'actionCardWhole')).toBe(true);
  });
});
