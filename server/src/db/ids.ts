import { randomBytes } from 'node:crypto';

/** Short, URL-safe, roughly time-ordered ids. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}
