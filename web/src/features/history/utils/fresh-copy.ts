import type { DingtalkMessage } from '@dingpost/shared';

/**
 * The message to send or edit again: without its msgUuid, which DingTalk uses to drop repeats — a resend
 * carrying the old one would never reach the group.
 */
export function freshCopy(message: DingtalkMessage): DingtalkMessage {
  const { msgUuid: _msgUuid, ...rest } = message;
  return rest as DingtalkMessage;
}
