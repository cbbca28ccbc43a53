import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { errorText } from '../../../lib/error-text.ts';

/** The server's 409s the UI explains in the reader's language; anything else in the server's words. */
const KNOWN = new Set(['last_admin', 'username_taken']);

export function userErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error) && KNOWN.has(error.code)) return t(`users:errors.${error.code}`);
  return errorText(error, t);
}
