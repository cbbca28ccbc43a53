import { MAX_BODY_BYTES } from '@dingpost/shared/wire/limits';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { describe, expect, it } from 'vitest';
import { sendBlocker } from './send-blocker.ts';

const ok: DingtalkMessage = { msgtype: 'text', text: { content: '通知：短消息' } };
const form = { tab: 'form', formOk: true, jsonOk: true } as const;

describe('sendBlocker', () => {
  it('lets a valid message through', () => {
    expect(sendBlocker(ok, form)).toBeUndefined();
  });

  it('blocks broken JSON even though the last valid message is fine', () => {
    expect(sendBlocker(ok, { tab: 'json', formOk: true, jsonOk: false })).toEqual({ reason: 'json-syntax' });
  });

  it('names the size, measured with the msgUuid the queue adds, when the message is too long', () => {
    // 36 bytes short of the limit without a msgUuid: over it as sent.
    const bare = JSON.stringify({ msgtype: 'text', text: { content: '' } }).length;
    const content = 'a'.repeat(MAX_BODY_BYTES - bare - 36);
    const message: DingtalkMessage = { msgtype: 'text', text: { content } };
    const blocker = sendBlocker(message, form);
    expect(blocker).toMatchObject({ reason: 'too-long' });
    expect(blocker && 'bytes' in blocker && blocker.bytes).toBeGreaterThan(MAX_BODY_BYTES);
  });

  it('asks for the red fields when the form or the schema fails for another reason', () => {
    expect(sendBlocker(ok, { ...form, formOk: false })).toEqual({ reason: 'fields' });
    const empty: DingtalkMessage = { msgtype: 'text', text: { content: '' } };
    expect(sendBlocker(empty, form)).toEqual({ reason: 'fields' });
    expect(sendBlocker(empty, { tab: 'json', formOk: true, jsonOk: true })).toEqual({ reason: 'json-issues' });
  });
});
