import {
  actionCardIndependentSchema,
  actionCardMessageSchema,
  actionCardWholeSchema,
  feedCardMessageSchema,
  linkMessageSchema,
  markdownMessageSchema,
  messageKind,
  MESSAGE_KINDS,
  textMessageSchema,
  type At,
  type DingtalkMessage,
  type MessageKind,
} from '@dingpost/shared/wire/message';

/** The form schema of each kind: ActionCard splits in two so each form validates only its own fields. */
export const KIND_SCHEMAS = {
  text: textMessageSchema,
  link: linkMessageSchema,
  markdown: markdownMessageSchema,
  actionCardWhole: actionCardMessageSchema.safeExtend({ actionCard: actionCardWholeSchema }),
  actionCardIndependent: actionCardMessageSchema.safeExtend({ actionCard: actionCardIndependentSchema }),
  feedCard: feedCardMessageSchema,
} as const;

/** Kinds whose `at` DingTalk honours. */
export const MENTION_KINDS: readonly MessageKind[] = ['text', 'markdown'];

export function isMessageKind(value: unknown): value is MessageKind {
  return typeof value === 'string' && (MESSAGE_KINDS as readonly string[]).includes(value);
}

export const emptyAt = (): Required<Pick<At, 'atMobiles' | 'atUserIds' | 'isAtAll'>> => ({
  atMobiles: [],
  atUserIds: [],
  isAtAll: false,
});

export function emptyButton() {
  return { title: '', actionURL: '' };
}

export function emptyFeedLink() {
  return { title: '', messageURL: '', picURL: '' };
}

/** A blank message of a kind, with every field the form edits present. */
export function emptyMessage(kind: MessageKind): DingtalkMessage {
  switch (kind) {
    case 'text':
      return { msgtype: 'text', text: { content: '' }, at: emptyAt() };
    case 'link':
      return { msgtype: 'link', link: { title: '', text: '', messageUrl: '', picUrl: '' } };
    case 'markdown':
      return { msgtype: 'markdown', markdown: { title: '', text: '' }, at: emptyAt() };
    case 'actionCardWhole':
      return { msgtype: 'actionCard', actionCard: { title: '', text: '', singleTitle: '', singleURL: '' } };
    case 'actionCardIndependent':
      return {
        msgtype: 'actionCard',
        actionCard: { title: '', text: '', btnOrientation: '0', btns: [emptyButton(), emptyButton()] },
      };
    case 'feedCard':
      return { msgtype: 'feedCard', feedCard: { links: [emptyFeedLink()] } };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strs = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const flag = (value: unknown): '0' | '1' | undefined => (value === '0' || value === '1' ? value : undefined);

function coerceAt(value: unknown): At | undefined {
  if (!isRecord(value)) return undefined;
  const at: At = {
    atMobiles: strs(value.atMobiles),
    atUserIds: strs(value.atUserIds),
    isAtAll: value.isAtAll === true,
  };
  if (Array.isArray(value.atDingtalkIds)) at.atDingtalkIds = strs(value.atDingtalkIds);
  return at;
}

/**
 * Turns anything that looks like a message (pasted JSON, a stored draft, a share link) into a draft the
 * forms can edit: a known msgtype with its content object. Missing or mistyped fields become empty, so
 * the form shows what to fix; unknown fields are dropped (DingTalk's strict schema would reject them).
 * Returns null when it is not a message at all.
 */
export function coerceDraft(value: unknown): DingtalkMessage | null {
  if (!isRecord(value) || typeof value.msgtype !== 'string') return null;
  const content = value[value.msgtype];
  if (!isRecord(content)) return null;
  let draft: DingtalkMessage;
  switch (value.msgtype) {
    case 'text':
      draft = { msgtype: 'text', text: { content: str(content.content) } };
      break;
    case 'link':
      draft = {
        msgtype: 'link',
        link: {
          title: str(content.title),
          text: str(content.text),
          messageUrl: str(content.messageUrl),
          picUrl: str(content.picUrl),
        },
      };
      break;
    case 'markdown':
      draft = { msgtype: 'markdown', markdown: { title: str(content.title), text: str(content.text) } };
      break;
    case 'actionCard': {
      const card: Extract<DingtalkMessage, { msgtype: 'actionCard' }>['actionCard'] = {
        title: str(content.title),
        text: str(content.text),
      };
      const orientation = flag(content.btnOrientation);
      const hideAvatar = flag(content.hideAvatar);
      if (orientation) card.btnOrientation = orientation;
      if (hideAvatar) card.hideAvatar = hideAvatar;
      if (content.singleTitle !== undefined || content.singleURL !== undefined) {
        card.singleTitle = str(content.singleTitle);
        card.singleURL = str(content.singleURL);
      } else {
        const btns = Array.isArray(content.btns) ? content.btns.filter(isRecord) : [];
        card.btns = btns.map((btn) => ({ title: str(btn.title), actionURL: str(btn.actionURL) }));
        if (card.btns.length === 0) card.btns.push(emptyButton());
      }
      draft = { msgtype: 'actionCard', actionCard: card };
      break;
    }
    case 'feedCard': {
      const links = Array.isArray(content.links) ? content.links.filter(isRecord) : [];
      draft = {
        msgtype: 'feedCard',
        feedCard: {
          links: links.length
            ? links.map((link) => ({
                title: str(link.title),
                messageURL: str(link.messageURL),
                picURL: str(link.picURL),
              }))
            : [emptyFeedLink()],
        },
      };
      break;
    }
    default:
      return null;
  }
  const at = coerceAt(value.at);
  if (at) draft.at = at;
  else if (MENTION_KINDS.includes(messageKind(draft))) draft.at = emptyAt();
  if (typeof value.msgUuid === 'string' && value.msgUuid) draft.msgUuid = value.msgUuid;
  return draft;
}

/**
 * What coerceDraft left out of pasted JSON, as dotted paths: fields DingTalk does not know (picURL in a
 * link, actionUrl), values of the wrong type (btnOrientation 1 rather than "1"), btns beside singleTitle.
 */
export function droppedPaths(raw: unknown, draft: unknown, path = ''): string[] {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isRecord(raw)) {
    const kept = isRecord(draft) ? draft : {};
    return Object.entries(raw).flatMap(([key, value]) => droppedPaths(value, kept[key], at(key)));
  }
  if (Array.isArray(raw)) {
    const kept: unknown[] = Array.isArray(draft) ? draft : [];
    return raw.flatMap((item, index) => droppedPaths(item, kept[index], at(index)));
  }
  return raw === draft ? [] : [path];
}

/**
 * The exact JSON DingTalk receives for a draft: empty mention lists, a false isAtAll and an empty
 * optional picture are left out rather than sent as noise.
 */
export function toWire(message: DingtalkMessage): DingtalkMessage {
  // Drafts are never mutated (every edit makes a new one), so the copy may share what it leaves unchanged.
  const wire = { ...message };
  if (wire.msgtype === 'link' && !wire.link.picUrl) {
    const { picUrl: _empty, ...link } = wire.link;
    wire.link = link;
  }
  if (wire.at) {
    const at: At = {};
    if (wire.at.atMobiles?.length) at.atMobiles = wire.at.atMobiles;
    if (wire.at.atUserIds?.length) at.atUserIds = wire.at.atUserIds;
    if (wire.at.atDingtalkIds?.length) at.atDingtalkIds = wire.at.atDingtalkIds;
    if (wire.at.isAtAll) at.isAtAll = true;
    if (Object.keys(at).length > 0) wire.at = at;
    else delete wire.at;
  }
  return wire;
}

/** The text field mentions are written into, per kind. */
export function mentionFieldOf(message: DingtalkMessage): 'text.content' | 'markdown.text' | null {
  if (message.msgtype === 'text') return 'text.content';
  if (message.msgtype === 'markdown') return 'markdown.text';
  return null;
}

/** Whether the draft holds anything a person typed (used to decide whether to keep it). */
export function isBlank(message: DingtalkMessage): boolean {
  return JSON.stringify(toWire(message)) === JSON.stringify(toWire(emptyMessage(messageKind(message))));
}
