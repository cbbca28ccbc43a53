import { messageParts } from './fields.ts';

export interface KeywordCheckResult {
  /** True when a keyword appears, or when no keywords are set. */
  ok: boolean;
  /** The keywords found, in the order given. */
  keywords: string[];
}

/**
 * DingTalk's keyword security setting: the message must contain at least one of the robot's keywords,
 * else it answers 310000. The text counted is what a reader sees as the message: text.content;
 * link.title and link.text; markdown.title and markdown.text; actionCard.title and actionCard.text; the
 * title of every feedCard link. Button titles and URLs are left out: DingTalk does not say they count, so
 * a keyword found only there is reported missing, which errs on the safe side. Matching is a plain,
 * case-sensitive substring search. Server and web both decide with this function.
 */
export function keywordCheck(message: unknown, keywords: readonly string[]): KeywordCheckResult {
  const wanted = keywords.filter((keyword) => keyword !== '');
  if (wanted.length === 0) return { ok: true, keywords: [] };
  const texts = messageParts(message).texts.map((field) => field.text);
  const found = wanted.filter((keyword) => texts.some((text) => text.includes(keyword)));
  return { ok: found.length > 0, keywords: found };
}
