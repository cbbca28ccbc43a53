import type { Lang } from '@dingpost/shared';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** A date and time in the reader's language, to the second. */
export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** The date alone, written as formatTime writes it. */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium' }).format(new Date(iso));
}
