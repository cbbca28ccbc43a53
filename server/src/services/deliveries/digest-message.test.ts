import { bodyBytes, dingtalkMessageSchema, MAX_BODY_BYTES, type DingtalkMessage } from '@dingpost/shared';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { lintMessage } from '@dingpost/shared/lint/lint-message';
import { describe, expect, it } from 'vitest';
import { digestMessage, headlineOf, linkOf } from './digest-message.ts';

const text = (content: string, at?: DingtalkMessage['at']): DingtalkMessage => ({
  msgtype: 'text',
  text: { content },
  ...(at ? { at } : {}),
});
const textOf = (message: DingtalkMessage) => (message.msgtype === 'markdown' ? message.markdown.text : '');

describe('digest message', () => {
  it('lists each merged message and carries the robot keyword', () => {
    const message = digestMessage([text('disk full on db-1'), text('CPU high *again*')], ['告警', 'alert'], 'u-1');
    expect(dingtalkMessageSchema.safeParse(message).success).toBe(true);
    expect(message.msgUuid).toBe('u-1');
    expect(keywordCheck(message, ['告警']).ok).toBe(true);
    expect(textOf(message)).toContain('- disk full on db-1');
    expect(textOf(message)).toContain('- CPU high \\*again\\*');
    expect(textOf(message)).not.toContain('more');
    expect(message.at).toBeUndefined();
  });

  it('links each line to where its message pointed', () => {
    const message = digestMessage(
      [
        { msgtype: 'link', link: { title: 'Q3 发布会', text: 'x', messageUrl: 'https://x.cn/a b(1)' } },
        {
          msgtype: 'actionCard',
          actionCard: { title: '审批 [急]', text: 'x', btns: [{ title: '同意', actionURL: 'https://x.cn/ok' }] },
        },
        { msgtype: 'link', link: { title: '内部', text: 'x', messageUrl: 'dingtalk://dingtalkclient/page/link?x' } },
      ],
      [],
      'u-3',
    );
    expect(textOf(message)).toContain('- [Q3 发布会](https://x.cn/a%20b%281%29)');
    expect(textOf(message)).toContain('- [审批 \\[急\\]](https://x.cn/ok)');
    expect(textOf(message)).toContain('- 内部');
  });

  it('mentions everyone the merged text and markdown messages mentioned, so DingTalk notifies them', () => {
    const message = digestMessage(
      [
        text('db down @13800000000', { atMobiles: ['13800000000'] }),
        text('api down @13800000000 @ou_1', { atMobiles: ['13800000000'], atUserIds: ['ou_1'] }),
        text('all hands', { isAtAll: true }),
      ],
      [],
      'u-4',
    );
    expect(message.at).toEqual({ atMobiles: ['13800000000'], atUserIds: ['ou_1'], isAtAll: true });
    expect(textOf(message).split('\n').at(-1)).toBe('@13800000000 @ou_1');
    expect(lintMessage(message).filter((w) => w.code.startsWith('mention'))).toEqual([]);
  });

  it('stays within 20000 bytes and counts what it left out', () => {
    const messages = Array.from({ length: 2000 }, (_, i) =>
      text(`第 ${i} 条告警：服务器磁盘使用率超过 90%，请尽快处理`, {
        atMobiles: [`1380000${String(i % 50).padStart(4, '0')}`],
      }),
    );
    const message = digestMessage(messages, [], 'u-2');
    expect(bodyBytes(message)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(bodyBytes(message)).toBeGreaterThan(MAX_BODY_BYTES - 200);
    const shown = textOf(message)
      .split('\n')
      .filter((l) => l.startsWith('- ')).length;
    expect(textOf(message)).toContain(`and ${2000 - shown} more`);
    expect(message.at?.atMobiles).toHaveLength(50);
  });

  it('mentions as many people as fit in half the limit when a flood mentions more, and says how many it left out', () => {
    const userId = (i: number) => `ou_${String(i).padStart(61, '0')}`;
    const messages = Array.from({ length: 300 }, (_, i) =>
      text(`告警 ${i} @${userId(i)}`, { atUserIds: [userId(i)], atMobiles: ['13800000000'] }),
    );
    const message = digestMessage(messages, ['告警'], 'u-5');
    expect(bodyBytes(message)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(dingtalkMessageSchema.safeParse(message).success).toBe(true);
    const kept = message.at?.atUserIds ?? [];
    expect(kept.length).toBeGreaterThan(50);
    expect(kept).toEqual(messages.slice(0, kept.length).map((_, i) => userId(i)));
    expect(message.at?.atMobiles).toEqual(['13800000000']);
    const mentionLine = textOf(message).split('\n').at(-1)!;
    for (const id of kept) expect(mentionLine).toContain(`@${id}`);
    expect(mentionLine).toContain(`${300 - kept.length} more not @mentioned`);
    expect(lintMessage(message).filter((w) => w.code.startsWith('mention'))).toEqual([]);
  });

  it('names a message by its title or its first non-empty line', () => {
    expect(headlineOf(text('\n  first line\nsecond'))).toBe('first line');
    expect(headlineOf({ msgtype: 'markdown', markdown: { title: 'T', text: 'x' } })).toBe('T');
    expect(headlineOf(text('x'.repeat(200)))).toHaveLength(80);
    expect(linkOf(text('https://x.cn'))).toBeUndefined();
  });
});
