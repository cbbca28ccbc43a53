import { MESSAGE_KINDS, messageKind, type DingtalkMessage } from '@dingpost/shared/wire/message';
import type { TFunction } from 'i18next';

const KINDS: ReadonlySet<string> = new Set(MESSAGE_KINDS);

/**
 * A message's kind as people pick it in the composer ("文本", "卡片（独立跳转）"), not its msgtype. Takes a
 * template's message too, whose shape is only checked once rendered: an unknown msgtype is shown as is.
 */
export function messageKindLabel(message: { msgtype: string }, t: TFunction): string {
  const card = (message as { actionCard?: unknown }).actionCard;
  if (message.msgtype === 'actionCard' && (typeof card !== 'object' || card === null))
    return t('common:messageKinds.actionCard');
  const kind = messageKind(message as DingtalkMessage);
  return KINDS.has(kind) ? t(`common:messageKinds.${kind}`) : message.msgtype;
}
