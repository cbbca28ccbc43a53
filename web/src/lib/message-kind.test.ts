import { afterAll, describe, expect, it } from 'vitest';
import { changeLang, i18n } from '../i18n/index.ts';
import { messageKindLabel } from './message-kind.ts';

const t = i18n.t.bind(i18n);
afterAll(() => changeLang('zh'));

const card = (extra: object) => ({ msgtype: 'actionCard', actionCard: { title: 't', text: 'x', ...extra } });

describe('messageKindLabel', () => {
  it('names each kind as the composer’s kind picker does, in the UI’s language', async () => {
    const messages = [
      { msgtype: 'text', text: { content: 'x' } },
      { msgtype: 'link', link: { title: 't', text: 'x', messageUrl: 'https://a.example' } },
      { msgtype: 'markdown', markdown: { title: 't', text: 'x' } },
      card({ singleTitle: '查看', singleURL: 'https://a.example' }),
      card({ btns: [{ title: 'a', actionURL: 'https://a.example' }] }),
      { msgtype: 'feedCard', feedCard: { links: [] } },
    ];
    expect(messages.map((m) => messageKindLabel(m, t))).toEqual([
      '文本',
      '链接',
      'Markdown',
      '卡片（整体跳转）',
      '卡片（独立跳转）',
      '信息流卡片',
    ]);
    await changeLang('en');
    expect(messages.map((m) => messageKindLabel(m, t))).toEqual([
      'Text',
      'Link',
      'Markdown',
      'ActionCard (one button)',
      'ActionCard (several buttons)',
      'FeedCard',
    ]);
  });

  it('copes with a template’s unchecked message: a card without content, an unknown msgtype', async () => {
    await changeLang('zh');
    expect(messageKindLabel({ msgtype: 'actionCard' }, t)).toBe('卡片');
    expect(messageKindLabel({ msgtype: 'voice' }, t)).toBe('voice');
  });
});
