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

/** Where a reader of the digest can still open the message: its link, else its card's first button. */
export function linkOf(message: DingtalkMessage): string | undefined {
  const url = (() => {
    switch (message.msgtype) {
      case 'link':
        return message.link.messageUrl;
      case 'actionCard':
        return message.actionCard.singleURL ?? message.actionCard.btns?.[0]?.actionURL;
      case 'feedCard':
        return message.feedCard.links[0]?.messageURL;
      default:
        return undefined;
    }
  })();
  // Only web links, written so nothing in them ends the markdown link early.
  return url && /^https?:\/\//i.test(url)
    ? url.replace(/[\s()<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))
    : undefined;
}

/** The most of the body the digest's @mentions may take; the rest is left for its lines. */
const MENTION_BYTES = MAX_BODY_BYTES / 2;

/**
 * Who the merged messages would have notified (only text and markdown messages notify), in the order
 * they came, as many as fit in MENTION_BYTES: a flood can mention more people than one message can
 * hold, and a digest over DingTalk's limit would be refused with every message merged into it.
 */
function mentionsOf(messages: readonly DingtalkMessage[]) {
  const kept = { atMobiles: new Set<string>(), atUserIds: new Set<string>() };
  const notKept = new Set<string>();
  let all = false;
  let bytes = 0;
  const add = (list: keyof typeof kept, id: string) => {
    if (kept[list].has(id) || notKept.has(`${list}:${id}`)) return;
    // Written twice: "@id " in the text and "id", in the at list, each as JSON escapes it.
    const cost = 2 * (Buffer.byteLength(JSON.stringify(id)) + 1);
    if (bytes + cost > MENTION_BYTES) notKept.add(`${list}:${id}`);
    else {
      kept[list].add(id);
      bytes += cost;
    }
  };
  for (const message of messages) {
    if (message.msgtype !== 'text' && message.msgtype !== 'markdown') continue;
    for (const mobile of message.at?.atMobiles ?? []) add('atMobiles', mobile);
    for (const userId of message.at?.atUserIds ?? []) add('atUserIds', userId);
    all ||= message.at?.isAtAll === true;
  }
  return { mobiles: [...kept.atMobiles], userIds: [...kept.atUserIds], all, left: notKept.size };
}

/** Keeps a headline from being read as markdown structure (a heading, a list, a quote) inside a list item. */
function escapeLine(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * One markdown message standing for many, as DingTalk recommends for alert floods: a line per merged
 * message (a link to it when it has one), cut short (with a count of the rest) to stay under the
 * 20000-byte limit. Whoever the merged messages @mentioned is mentioned by the digest too, so nobody
 * misses an alert meant for them. The robot's first keyword is written in, or DingTalk's keyword check
 * would refuse the digest.
 */
export function digestMessage(messages: readonly DingtalkMessage[], keywords: readonly string[], msgUuid: string) {
  const n = messages.length;
  const keyword = keywords[0];
  const title = `${keyword ? `${keyword} ` : ''}汇总 ${n} 条消息 / Digest of ${n} messages`;
  const head = [
    `#### ${escapeLine(title)}`,
    '',
    `> 消息过多，已合并以免触发限流 / Merged to stay within the robot's rate limit${keyword ? ` · ${keyword}` : ''}`,
    '',
  ];
  const mentions = mentionsOf(messages);
  const mentionLine = [
    ...[...mentions.mobiles, ...mentions.userIds].map((id) => `@${id}`),
    ...(mentions.left > 0
      ? [`（另有 ${mentions.left} 人未能 @ / ${mentions.left} more not @mentioned: too many）`]
      : []),
  ].join(' ');
  const at =
    mentionLine !== '' || mentions.all
      ? {
          at: {
            ...(mentions.mobiles.length > 0 ? { atMobiles: mentions.mobiles } : {}),
            ...(mentions.userIds.length > 0 ? { atUserIds: mentions.userIds } : {}),
            ...(mentions.all ? { isAtAll: true } : {}),
          },
        }
      : {};
  const build = (lines: readonly string[], rest: number): DingtalkMessage => ({
    msgtype: 'markdown',
    markdown: {
      title,
      text: [
        ...head,
        ...lines,
        ...(rest > 0 ? ['', `…另有 ${rest} 条 / …and ${rest} more`] : []),
        ...(mentionLine !== '' ? ['', mentionLine] : []),
      ].join('\n'),
    },
    ...at,
    msgUuid,
  });
  const lines: string[] = [];
  // Room for the "…and N more" tail, measured with the largest N it could show.
  const tailBytes = bodyBytes(build([], n)) - bodyBytes(build([], 0));
  let size = bodyBytes(build([], 0));
  for (const [i, message] of messages.entries()) {
    const headline = escapeLine(headlineOf(message));
    const url = linkOf(message);
    const line = url ? `- [${headline}](${url})` : `- ${headline}`;
    const added = Buffer.byteLength(JSON.stringify(`\n${line}`)) - 2;
    const rest = n - i - 1;
    if (size + added + (rest > 0 ? tailBytes : 0) > MAX_BODY_BYTES) return build(lines, n - i);
    lines.push(line);
    size += added;
  }
  return build(lines, 0);
}
