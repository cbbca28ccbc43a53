import type { TFunction } from 'i18next';
import { isApiError } from './api-client.ts';
import { errorText } from './error-text.ts';

/** Why the server refused a send, in the reader's language for the refusals people meet most. */
export function sendErrorText(error: unknown, t: TFunction, keywords: readonly string[]): string {
  if (isApiError(error) && error.code === 'keyword_missing')
    // Editors get robots without their keywords: point them to an admin instead of an empty list.
    return keywords.length > 0
      ? t('common:delivery.sendError.keyword_missing', { keywords: keywords.join(' / ') })
      : t('common:delivery.sendError.keyword_missing_hidden');
  if (isApiError(error) && error.code === 'message_too_long') return t('common:delivery.sendError.message_too_long');
  return t('common:delivery.sendError.other', { message: errorText(error, t) });
}
