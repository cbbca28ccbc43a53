import type { Delivery } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { formatTime } from '../../../lib/format-time.ts';

const SEVERITY = { queued: 'info', sending: 'info', sent: 'success', digested: 'success', failed: 'error' } as const;

/** What became of a send, in plain words: queued (with place and time), sent, or failed with the fix. */
export function DeliveryOutcome({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation('history');
  const lang = currentLang();
  let headline: string;
  switch (delivery.status) {
    case 'queued':
      headline =
        delivery.queuePosition !== null && delivery.eta !== null
          ? t('outcome.queued', { position: delivery.queuePosition, time: formatTime(delivery.eta, lang) })
          : t('outcome.queuedNoEta');
      break;
    default:
      headline = t(`outcome.${delivery.status}`);
  }
  return (
    <Alert severity={SEVERITY[delivery.status]} data-testid="delivery-outcome" data-status={delivery.status}>
      <AlertTitle>{headline}</AlertTitle>
      {delivery.status === 'failed' && delivery.explanation && (
        <Typography variant="body2">{delivery.explanation[lang]}</Typography>
      )}
      {delivery.status === 'failed' && (delivery.errcode !== null || delivery.errmsg) && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
          {t('row.dingtalkSaid', { errcode: delivery.errcode ?? '—', errmsg: delivery.errmsg ?? '' })}
        </Typography>
      )}
    </Alert>
  );
}
