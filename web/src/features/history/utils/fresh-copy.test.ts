import type { DingtalkMessage } from '@dingpost/shared';
import { describe, expect, it } from 'vitest';
import { freshCopy } from './fresh-copy.ts';

describe('freshCopy', () => {
  it('drops the msgUuid and keeps everything else', () => {
    const message: DingtalkMessage = {
      msgtype: 'text',
      text: { content: 'hi' },
      at: { isAtAll: true },
      msgUuid: 'abc',
    };
    expect(freshCopy(message)).toEqual({ msgtype: 'text', text: { content: 'hi' }, at: { isAtAll: true } });
    expect(message.msgUuid).toBe('abc');
  });
});
