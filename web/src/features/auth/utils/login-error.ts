import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client.ts';

/** Why a login failed, in the reader's language (the server's own text is English). */
export function loginErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  if (error.code === 'network') return t('common:error.network');
  if (error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return t('auth:login.rateLimited', { count: minutes });
  }
  if (error.status === 401) return t('auth:login.invalid');
  return error.message;
}
