import { bodyBytes, dingtalkMessageSchema, MAX_BODY_BYTES } from '@dingpost/shared';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { describe, expect, it } from 'vitest';
import { digestMessage, headlineOf } from './digest-message.ts';

describe('digest message', () => {
  it('lists each merged message and carries the robot keyword', () => {
    const message = digestMessage(['disk full on db-1', 'CPU high *again*'], ['告警', 'alert'], 'u-1');
    expect(dingtalkMessageSchema.safeParse(message).success).toBe(true);
    expect(message.msgUuid).toBe('u-1');
    expect(keywordCheck(message, ['告警']).ok).toBe(true);
    const text = message.msgtype === 'markdown' ? message.markdown.text : '';
    expect(text).toContain('- disk full on db-1');
    expect(text).toContain('- CPU high \\*again\\*');
    expect(text).not.toContain('more');
  });

  it('stays within 20000 bytes and counts what it left out', () => {
    const headlines = Array.from({ length: 2000 }, (_, i) => `第 ${i} 条告警：服务器磁盘使用率超过 90%，请尽快处理`);
    const message = digestMessage(headlines, [], 'u-2');
    expect(bodyBytes(message)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(bodyBytes(message)).toBeGreaterThan(MAX_BODY_BYTES - 200);
    const text = message.msgtype === 'markdown' ? message.markdown.text : '';
    const shown = text.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(text).toContain(`and ${2000 - shown} more`);
  });

  it('names a message by its title or its first non-empty line', () => {
    expect(headlineOf({ msgtype: 'text', text: { content: '\n  first line\nsecond' } })).toBe('first line');
    expect(headlineOf({ msgtype: 'markdown', markdown: { title: 'T', text: 'x' } })).toBe('T');
    expect(headlineOf({ msgtype: 'text', text: { content: 'x'.repeat(200) } })).toHaveLength(80);
  });
});
