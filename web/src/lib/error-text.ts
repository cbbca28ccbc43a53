import type { TFunction } from 'i18next';
import { isApiError } from './api-client.ts';

/** A failed call in words: the server's own message, or the shared "cannot reach the server" text. */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) return error.code === 'network' ? t('common:error.network') : error.message;
  return error instanceof Error ? error.message : String(error);
}
