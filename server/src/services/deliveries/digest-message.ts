import { bodyBytes, MAX_BODY_BYTES, type DingtalkMessage } from '@dingpost/shared';

const HEADLINE_CHARS = 80;

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > HEADLINE_CHARS ? `${line.slice(0, HEADLINE_CHARS - 1)}…` : line;
}

/** What a reader recognises a message by: its title, else the first line of its text. */
export function headlineOf(message: DingtalkMessage): string {
  switch (message.msgtype) {
    case 'text':
      return oneLine(message.text.content.split('\n').find((l) => l.trim() !== '') ?? message.text.content);
    case 'link':
      return oneLine(message.link.title);
    case 'markdown':
      return oneLine(message.markdown.title);
    case 'actionCard':
      return oneLine(message.actionCard.title);
    case 'feedCard':
      return oneLine(message.feedCard.links[0]?.title ?? 'feedCard');
  }
}

/** Keeps a headline from being read as markdown structure (a heading, a list, a quote) inside a list item. */
function escapeLine(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * One markdown message standing for many, as DingTalk recommends for alert floods: a line per merged
 * message, cut short (with a count of the rest) to stay under the 20000-byte limit. The robot's first
 * keyword is written in, or DingTalk's keyword check would refuse the digest.
 */
export function digestMessage(headlines: readonly string[], keywords: readonly string[], msgUuid: string) {
  const n = headlines.length;
  const keyword = keywords[0];
  const title = `${keyword ? `${keyword} ` : ''}汇总 ${n} 条消息 / Digest of ${n} messages`;
  const head = [
    `#### ${escapeLine(title)}`,
    '',
    `> 消息过多，已合并以免触发限流 / Merged to stay within the robot's rate limit${keyword ? ` · ${keyword}` : ''}`,
    '',
  ];
  const build = (lines: readonly string[], rest: number): DingtalkMessage => ({
    msgtype: 'markdown',
    markdown: {
      title,
      text: [...head, ...lines, ...(rest > 0 ? ['', `…另有 ${rest} 条 / …and ${rest} more`] : [])].join('\n'),
    },
    msgUuid,
  });
  const lines: string[] = [];
  // Room for the "…and N more" tail, measured with the largest N it could show.
  const tailBytes = bodyBytes(build([], n)) - bodyBytes(build([], 0));
  let size = bodyBytes(build([], 0));
  for (const [i, headline] of headlines.entries()) {
    const line = `- ${escapeLine(headline)}`;
    const added = Buffer.byteLength(JSON.stringify(`\n${line}`)) - 2;
    const rest = n - i - 1;
    if (size + added + (rest > 0 ? tailBytes : 0) > MAX_BODY_BYTES) return build(lines, n - i);
    lines.push(line);
    size += added;
  }
  return build(lines, 0);
}
