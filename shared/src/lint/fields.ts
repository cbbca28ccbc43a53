import { MSGTYPES } from '../wire/message.ts';
import type { Msgtype } from '../wire/message.ts';

/** A text field of a message, as a dotted path ("actionCard.text", "feedCard.links.0.title"). */
export interface TextField {
  path: string;
  text: string;
  /** DingTalk renders this field as markdown. */
  markdown: boolean;
}

export interface UrlField {
  path: string;
  url: string;
  /** DingTalk fetches this URL as a picture. */
  image: boolean;
}

/** What the linter reads from a message that may be partial or invalid (the composer lints as you type). */
export interface MessageParts {
  msgtype: Msgtype | undefined;
  texts: TextField[];
  urls: UrlField[];
  atMobiles: string[];
  atUserIds: string[];
  isAtAll: boolean;
}

type Obj = Record<string, unknown>;

function asObject(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

function isMsgtype(value: unknown): value is Msgtype {
  return typeof value === 'string' && (MSGTYPES as readonly string[]).includes(value);
}

class Collector {
  readonly texts: TextField[] = [];
  readonly urls: UrlField[] = [];

  text(container: Obj | undefined, prefix: string, key: string, markdown = false): void {
    const value = container?.[key];
    if (typeof value === 'string') this.texts.push({ path: `${prefix}.${key}`, text: value, markdown });
  }

  url(container: Obj | undefined, prefix: string, key: string, image = false): void {
    const value = container?.[key];
    if (typeof value === 'string' && value !== '') this.urls.push({ path: `${prefix}.${key}`, url: value, image });
  }
}

/** Reads every field the linter cares about from one message body, whatever shape it is in. */
export function messageParts(message: unknown): MessageParts {
  const root = asObject(message) ?? {};
  const msgtype = isMsgtype(root.msgtype) ? root.msgtype : undefined;
  // With a known msgtype DingTalk reads only that container; without one, lint whatever is there.
  const wants = (type: Msgtype) => msgtype === undefined || msgtype === type;
  const out = new Collector();

  if (wants('text')) out.text(asObject(root.text), 'text', 'content');
  if (wants('link')) {
    const link = asObject(root.link);
    out.text(link, 'link', 'title');
    out.text(link, 'link', 'text');
    out.url(link, 'link', 'messageUrl');
    out.url(link, 'link', 'picUrl', true);
  }
  if (wants('markdown')) {
    const markdown = asObject(root.markdown);
    out.text(markdown, 'markdown', 'title');
    out.text(markdown, 'markdown', 'text', true);
  }
  if (wants('actionCard')) {
    const card = asObject(root.actionCard);
    out.text(card, 'actionCard', 'title');
    out.text(card, 'actionCard', 'text', true);
    out.url(card, 'actionCard', 'singleURL');
    const btns = Array.isArray(card?.btns) ? card.btns : [];
    btns.forEach((btn, i) => out.url(asObject(btn), `actionCard.btns.${i}`, 'actionURL'));
  }
  if (wants('feedCard')) {
    const links = asObject(root.feedCard)?.links;
    (Array.isArray(links) ? links : []).forEach((item, i) => {
      const link = asObject(item);
      out.text(link, `feedCard.links.${i}`, 'title');
      out.url(link, `feedCard.links.${i}`, 'messageURL');
      out.url(link, `feedCard.links.${i}`, 'picURL', true);
    });
  }

  const at = asObject(root.at);
  return {
    msgtype,
    texts: out.texts,
    urls: out.urls,
    atMobiles: strings(at?.atMobiles),
    atUserIds: strings(at?.atUserIds),
    isAtAll: at?.isAtAll === true,
  };
}
