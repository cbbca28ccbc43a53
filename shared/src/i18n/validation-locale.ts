import { z } from 'zod';

/** The two languages dingpost speaks. zh is the default everywhere. */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

let current: Lang = 'en';

/**
 * Sets the language of every validation message: zod's own messages and the ones our schemas add.
 * The web calls it when the user switches language; the server answers its API in English.
 */
export function setValidationLang(lang: Lang): void {
  current = lang;
  z.config({ ...(lang === 'zh' ? z.locales.zhCN() : z.locales.en()), customError: missingField });
}

/** A field left out is "required", not zod's "expected string, received undefined". */
function missingField(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input !== undefined) return undefined;
  return current === 'zh' ? '缺少此字段' : 'Required';
}

export function validationLang(): Lang {
  return current;
}

/** A zod `error` option whose text follows the current validation language. */
export function say(text: Bilingual): () => string {
  return () => text[current];
}

// English until told otherwise (the server never is), with the missing-field wording from the start.
setValidationLang(current);
