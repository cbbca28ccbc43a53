import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';

export const idSchema = z.string().min(1).max(64);
export const isoDateSchema = z.iso.datetime();
export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * A whole number written as text (a query parameter, an environment variable). Whatever is wrong with it
 * ("x", 2.5, out of range), the one message names the range: zod's own would say "received NaN" for "x".
 */
export function wholeNumberText(min: number, max?: number) {
  const range =
    max === undefined
      ? say({ zh: `须为不小于 ${min} 的整数`, en: `must be a whole number of at least ${min}` })
      : say({ zh: `须为 ${min} 到 ${max} 之间的整数`, en: `must be a whole number from ${min} to ${max}` });
  const atLeast = z.coerce.number({ error: range }).int({ error: range }).min(min, { error: range });
  return max === undefined ? atLeast : atLeast.max(max, { error: range });
}
