import { describe, expect, it } from 'vitest';
import { REFERENCE_EXAMPLES } from './fixtures/reference-examples.ts';
import { keywordCheck } from './keywords.ts';

describe('keywordCheck', () => {
  it('passes when no keywords are set', () => {
    expect(keywordCheck(REFERENCE_EXAMPLES.text, [])).toEqual({ ok: true, keywords: [] });
    expect(keywordCheck(REFERENCE_EXAMPLES.text, [''])).toEqual({ ok: true, keywords: [] });
  });

  it('returns the keywords found, in the order given', () => {
    expect(keywordCheck(REFERENCE_EXAMPLES.markdown, ['告警', '天气', '杭州'])).toEqual({
      ok: true,
      keywords: ['天气', '杭州'],
    });
    expect(keywordCheck(REFERENCE_EXAMPLES.markdown, ['告警'])).toEqual({ ok: false, keywords: [] });
  });

  it.each([
    ['text.content', { msgtype: 'text', text: { content: 'K' } }],
    ['link.title', { msgtype: 'link', link: { title: 'K', text: 't', messageUrl: 'https://x.cn' } }],
    ['link.text', { msgtype: 'link', link: { title: 't', text: 'K', messageUrl: 'https://x.cn' } }],
    ['markdown.title', { msgtype: 'markdown', markdown: { title: 'K', text: 't' } }],
    ['markdown.text', { msgtype: 'markdown', markdown: { title: 't', text: '**K**' } }],
    ['actionCard.title', { msgtype: 'actionCard', actionCard: { title: 'K', text: 't' } }],
    ['actionCard.text', { msgtype: 'actionCard', actionCard: { title: 't', text: 'K' } }],
    ['a feedCard title', { msgtype: 'feedCard', feedCard: { links: [{ title: 'a' }, { title: 'xKx' }] } }],
  ])('counts %s', (_field, message) => {
    expect(keywordCheck(message, ['K']).ok).toBe(true);
  });

  it.each([
    ['a button title', { msgtype: 'actionCard', actionCard: { title: 't', text: 't', btns: [{ title: 'K' }] } }],
    ['singleTitle', { msgtype: 'actionCard', actionCard: { title: 't', text: 't', singleTitle: 'K' } }],
    ['a URL', { msgtype: 'link', link: { title: 't', text: 't', messageUrl: 'https://K.cn' } }],
    ['the at list', { msgtype: 'text', text: { content: 't' }, at: { atUserIds: ['K'] } }],
    ['another type’s container', { msgtype: 'text', text: { content: 't' }, markdown: { text: 'K' } }],
  ])('does not count %s', (_field, message) => {
    expect(keywordCheck(message, ['K']).ok).toBe(false);
  });

  it('matches case-sensitively', () => {
    expect(keywordCheck({ msgtype: 'text', text: { content: 'alert' } }, ['Alert']).ok).toBe(false);
  });
});
