import type { LintWarning } from '../api/check.ts';
import { issuePath } from '../api/errors.ts';
import { placeholderUses } from '../templates/render.ts';
import { BODY_BYTES_WARN_RATIO, bodyBytesFrom, MAX_BODY_BYTES, sentBodyBytesFrom } from '../wire/limits.ts';
import type { DingtalkMessage } from '../wire/message.ts';
import { messageParts } from './fields.ts';
import type { MessageParts } from './fields.ts';
import { keywordCheck } from './keywords.ts';
import { lintMarkdownText } from './markdown-syntax.ts';
import { lintUrlFields } from './urls.ts';
import { warn } from './warnings.ts';

export interface LintOptions {
  /** The robot's security keywords; when given, a message without any of them is flagged. */
  keywords?: readonly string[];
}

/** Types whose `at` notifies people, and the field that must then hold each `@id`. */
const MENTION_FIELDS: Partial<Record<string, string>> = { text: 'text.content', markdown: 'markdown.text' };

function lintMentions(parts: MessageParts): LintWarning[] {
  const ids = [...new Set([...parts.atMobiles, ...parts.atUserIds])];
  if (parts.msgtype === undefined || (ids.length === 0 && !parts.isAtAll)) return [];
  const contentPath = MENTION_FIELDS[parts.msgtype];
  if (contentPath === undefined) return [warn.mentionUnsupported({ field: 'at' }, parts.msgtype)];
  const content = parts.texts.find((field) => field.path === contentPath)?.text ?? '';
  return [
    ...parts.atMobiles
      .filter((mobile) => !looksLikeMobile(mobile))
      .map((m) => warn.mentionMobileShape({ field: 'at' }, m)),
    ...ids.filter((id) => !content.includes(`@${id}`)).map((id) => warn.mentionMissing({ field: contentPath }, id)),
  ];
}

/**
 * A mainland mobile (11 digits from 1, optionally after +86 or 86-) or any number with a + country code.
 * X and * stand for digits, as in DingTalk's own examples (150XXXXXXXX).
 */
function looksLikeMobile(mobile: string): boolean {
  if (mobile.startsWith('+') && !mobile.startsWith('+86')) return true;
  return /^1[\dxX*]{10}$/.test(mobile.replace(/^\+?86-?/, '').replace(/-/g, ''));
}

/** Measured as dingpost's queue sends it, with a msgUuid. */
function lintBodySize(message: unknown): LintWarning[] {
  let bytes: number | undefined;
  try {
    const floor = MAX_BODY_BYTES * BODY_BYTES_WARN_RATIO;
    bytes =
      message !== null && typeof message === 'object' && !Array.isArray(message)
        ? sentBodyBytesFrom(message, floor)
        : bodyBytesFrom(message, floor);
  } catch {
    return []; // not serializable (a cycle): the schema reports it
  }
  if (bytes === undefined) return [];
  if (bytes > MAX_BODY_BYTES) return [warn.bodyOverLimit(bytes)];
  if (bytes >= MAX_BODY_BYTES * BODY_BYTES_WARN_RATIO) return [warn.bodyNearLimit(bytes)];
  return [];
}

/** {{name}}s, which only a template's send fills in: at their field when they are all in one, else message-wide. */
function lintPlaceholders(message: unknown): LintWarning[] {
  const uses = placeholderUses(message).filter((use) => use.name !== null);
  if (uses.length === 0) return [];
  const names = [...new Set(uses.map((use) => `{{${use.name}}}`))];
  const fields = new Set(uses.map((use) => issuePath(use.path)));
  return [warn.placeholders({ field: fields.size === 1 ? [...fields][0]! : null }, names)];
}

/**
 * Everything about a message that DingTalk accepts but will not show as meant, or will refuse. Works on
 * partial or invalid messages too (the composer lints as you type): whatever text fields exist are read.
 * Warnings come in field order, then message-wide ones.
 */
export function lintMessage(message: DingtalkMessage | unknown, opts: LintOptions = {}): LintWarning[] {
  const parts = messageParts(message);
  const warnings: LintWarning[] = [];
  for (const { path, text, markdown } of parts.texts)
    if (markdown) warnings.push(...lintMarkdownText(path, text, { dtmdSupported: path === 'markdown.text' }));
  warnings.push(...lintUrlFields(parts.urls), ...lintMentions(parts), ...lintPlaceholders(message));
  warnings.push(...lintBodySize(message));
  const keywords = opts.keywords?.filter((keyword) => keyword !== '') ?? [];
  if (keywords.length > 0 && !keywordCheck(message, keywords).ok) warnings.push(warn.keywordMissing(keywords));
  return warnings;
}
