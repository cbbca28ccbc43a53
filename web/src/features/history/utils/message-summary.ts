import type { DingtalkMessage } from '@dingpost/shared';

const MAX = 120;

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** A message in one short line: its title, or the first line of its text. */
export function messageSummary(message: DingtalkMessage): string {
  let summary: string;
  switch (message.msgtype) {
    case 'text':
      summary = firstLine(message.text.content);
      break;
    case 'link':
      summary = message.link.title;
      break;
    case 'markdown':
      summary = message.markdown.title || firstLine(message.markdown.text);
      break;
    case 'actionCard':
      summary = message.actionCard.title || firstLine(message.actionCard.text);
      break;
    case 'feedCard':
      summary = message.feedCard.links[0]?.title ?? '';
      break;
  }
  return summary.length > MAX ? `${summary.slice(0, MAX - 1)}…` : summary;
}

/**
 * The message to send or edit again: without its msgUuid, which DingTalk uses to drop repeats — a resend
 * carrying the old one would never reach the group.
 */
export function freshCopy(message: DingtalkMessage): DingtalkMessage {
  const { msgUuid: _msgUuid, ...rest } = message;
  return rest as DingtalkMessage;
}
