import { messageKind, type DingtalkMessage, type MessageKind } from '@dingpost/shared/wire/message';
import { emptyAt, emptyMessage, isRecord, MENTION_KINDS, toWire } from './message-model.ts';

// Switching a draft to another kind of message, keeping what fits, and telling whether that loses anything.

/** The title, body, first link, picture and button text a person typed, to carry them over to another kind. */
function gist(message: DingtalkMessage): { title: string; text: string; url: string; pic: string; button: string } {
  switch (message.msgtype) {
    case 'text':
      return { title: '', text: message.text.content, url: '', pic: '', button: '' };
    case 'link':
      return {
        title: message.link.title,
        text: message.link.text,
        url: message.link.messageUrl,
        pic: message.link.picUrl ?? '',
        button: '',
      };
    case 'markdown':
      return { title: message.markdown.title, text: message.markdown.text, url: '', pic: '', button: '' };
    case 'actionCard': {
      const card = message.actionCard;
      const whole = messageKind(message) === 'actionCardWhole';
      return {
        title: card.title,
        text: card.text,
        url: (whole ? card.singleURL : card.btns?.[0]?.actionURL) ?? '',
        pic: '',
        button: (whole ? card.singleTitle : card.btns?.[0]?.title) ?? '',
      };
    }
    case 'feedCard': {
      const first = message.feedCard.links[0];
      return {
        title: first?.title ?? '',
        text: '',
        url: first?.messageURL ?? '',
        pic: first?.picURL ?? '',
        button: '',
      };
    }
  }
}

/**
 * Switches kind, keeping what fits: title, body, first link, picture and button text, the mentions where
 * they work, and an ActionCard's display options between its two kinds.
 */
export function convertMessage(message: DingtalkMessage, kind: MessageKind): DingtalkMessage {
  if (messageKind(message) === kind) return message;
  const { title, text, url, pic, button } = gist(message);
  const at = message.at && MENTION_KINDS.includes(kind) ? { ...emptyAt(), ...message.at } : undefined;
  const next = emptyMessage(kind);
  switch (next.msgtype) {
    case 'text':
      next.text.content = text || title;
      break;
    case 'link':
      Object.assign(next.link, { title, text, messageUrl: url, picUrl: pic });
      break;
    case 'markdown':
      Object.assign(next.markdown, { title, text });
      break;
    case 'actionCard': {
      const card = next.actionCard;
      Object.assign(card, { title, text });
      if (kind === 'actionCardWhole') Object.assign(card, { singleTitle: button, singleURL: url });
      else if (card.btns?.[0]) card.btns[0] = { title: button, actionURL: url };
      if (message.msgtype === 'actionCard') {
        const { hideAvatar, btnOrientation } = message.actionCard;
        if (hideAvatar) card.hideAvatar = hideAvatar;
        // A whole-jump card has one button: its orientation means nothing there.
        if (btnOrientation && kind === 'actionCardIndependent') card.btnOrientation = btnOrientation;
      }
      break;
    }
    case 'feedCard':
      next.feedCard.links = [{ title, messageURL: url, picURL: pic }];
      break;
  }
  if (at) next.at = at;
  return next;
}

/** The wire JSON, keys in order and blank list rows (an untouched second button) left out. */
function typedContent(message: DingtalkMessage): string {
  const blankRow = (item: unknown) =>
    typeof item === 'object' && item !== null && Object.values(item).every((value) => value === '');
  return JSON.stringify(toWire(message), (_key, value: unknown) => {
    if (Array.isArray(value)) return value.filter((item) => !blankRow(item));
    return isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;
  });
}

/** Whether switching to `kind` drops something typed: switching back would not bring it all again. */
export function conversionLoses(message: DingtalkMessage, kind: MessageKind): boolean {
  const back = convertMessage(convertMessage(message, kind), messageKind(message));
  return typedContent(back) !== typedContent(message);
}
