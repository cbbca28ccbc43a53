import type { DingtalkMessage } from '@dingpost/shared';
import { describe, expect, it } from 'vitest';
import { messageSummary } from './message-summary.ts';

describe('messageSummary', () => {
  it('takes the first non-blank line of a text message', () => {
    expect(messageSummary({ msgtype: 'text', text: { content: '\n  \nfirst line\nsecond' } })).toBe('first line');
  });

  it('prefers the markdown title, else the first line of the text', () => {
    expect(messageSummary({ msgtype: 'markdown', markdown: { title: 'Deploy', text: '# body' } })).toBe('Deploy');
  });

  it('uses the first feed link title', () => {
    const message: DingtalkMessage = {
      msgtype: 'feedCard',
      feedCard: { links: [{ title: 'One', messageURL: 'https://a.example', picURL: 'https://a.example/p.png' }] },
    };
    expect(messageSummary(message)).toBe('One');
  });

  it('shortens long lines with an ellipsis', () => {
    const summary = messageSummary({ msgtype: 'text', text: { content: 'x'.repeat(500) } });
    expect(summary).toHaveLength(120);
    expect(summary.endsWith('…')).toBe(true);
  });
});
