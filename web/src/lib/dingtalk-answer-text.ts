import type { TFunction } from 'i18next';

/**
 * The caption under an explained failure: what DingTalk answered (errcode and errmsg), or, when it never
 * answered (errcode null: network error, timeout), only our detail, not "DingTalk answered: errcode —".
 */
export function dingtalkAnswerText(t: TFunction, errcode: number | null, errmsg: string | null): string {
  return errcode === null
    ? t('common:delivery.detail', { errmsg: errmsg ?? '' })
    : t('common:delivery.dingtalkSaid', { errcode, errmsg: errmsg ?? '' });
}
