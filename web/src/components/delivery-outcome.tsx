import type { Delivery } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLang } from '../i18n/index.ts';
import { formatTime } from '../lib/format-time.ts';
import { dingtalkAnswerText } from '../lib/dingtalk-answer-text.ts';

const SEVERITY = { queued: 'info', sending: 'info', sent: 'success', digested: 'success', failed: 'error' } as const;

/**
 * What became of a send, in plain words: queued (with place and time), sent, or failed with the fix.
 * `historyLink` adds a link to the history page, for places other than the history itself.
 */
export function DeliveryOutcome({ delivery, historyLink = false }: { delivery: Delivery; historyLink?: boolean }) {
  const { t, i18n } = useTranslation('common', { keyPrefix: 'delivery' });
  const lang = currentLang();
  const headline =
    delivery.status === 'queued' && delivery.queuePosition !== null && delivery.eta !== null
      ? t('outcome.queued', { position: delivery.queuePosition, time: formatTime(delivery.eta, lang) })
      : delivery.status === 'queued'
        ? t('outcome.queuedNoEta')
        : t(`outcome.${delivery.status}`);
  return (
    <Alert severity={SEVERITY[delivery.status]} data-testid="delivery-outcome" data-status={delivery.status}>
      <AlertTitle>{headline}</AlertTitle>
      {delivery.status === 'failed' && delivery.explanation && (
        <Typography variant="body2">{delivery.explanation[lang]}</Typography>
      )}
      {delivery.status === 'failed' && (delivery.errcode !== null || delivery.errmsg) && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
          {dingtalkAnswerText(i18n.t, delivery.errcode, delivery.errmsg)}
        </Typography>
      )}
      {historyLink && (
        <Link component={RouterLink} to="/history" variant="body2">
          {t('history')}
        </Link>
      )}
    </Alert>
  );
}
