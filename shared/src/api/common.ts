import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const isoDateSchema = z.iso.datetime();
export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
