import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { errorText } from './error-text.ts';

/** Why the server refused a send, in the reader's language for the refusals people meet most. */
export function sendErrorText(error: unknown, t: TFunction, keywords: readonly string[]): string {
  if (isApiError(error) && error.code === 'keyword_missing')
    return t('templates:sendError.keyword_missing', { keywords: keywords.join(' / ') });
  if (isApiError(error) && error.code === 'message_too_long') return t('templates:sendError.message_too_long');
  return t('templates:sendError.other', { message: errorText(error, t) });
}
