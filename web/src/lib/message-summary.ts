import type { DingtalkMessage } from '@dingpost/shared';

const MAX = 120;

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** A message in one short line: its title, or the first line of its text, cut to `max` characters. */
export function messageSummary(message: DingtalkMessage, max = MAX): string {
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
  return summary.length > max ? `${summary.slice(0, max - 1)}…` : summary;
}
