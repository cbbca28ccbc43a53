import type { Delivery } from '@dingpost/shared/api/deliveries';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLang } from '../../../i18n/index.ts';
import { IssueList } from '../../../components/issue-list.tsx';
import { isApiError } from '../../../lib/api-client.ts';

const LOCALIZED_ERRORS = new Set(['keyword_missing', 'message_too_long']);

/** `sandbox`: sent to the built-in Sandbox robot, whose messages are read in the sandbox inbox. */
export type SendResult = { delivery: Delivery; robotName: string; sandbox?: boolean } | { error: unknown };

/** What happened to a send, in plain words. */
export function SendOutcome({ result, onClose }: { result: SendResult; onClose: () => void }) {
  const { t, i18n } = useTranslation('composer');
  const lang = currentLang();
  const time = (iso: string | null) =>
    iso ? new Date(iso).toLocaleTimeString(i18n.language === 'zh' ? 'zh-CN' : 'en') : '';

  if ('error' in result) {
    const { error } = result;
    // Refusals the UI can explain in the reader's language; the server's own text is English.
    const known = isApiError(error) && LOCALIZED_ERRORS.has(error.code) ? t(`outcome.error_${error.code}`) : undefined;
    const message = isApiError(error)
      ? error.code === 'network'
        ? t('common:error.network')
        : (known ?? error.message)
      : String(error);
    const issues = isApiError(error) && !known ? error.issues : [];
    return (
      <Alert severity="error" onClose={onClose} role="alert">
        <AlertTitle>{t('outcome.requestFailed')}</AlertTitle>
        {message}
        <IssueList issues={issues} />
      </Alert>
    );
  }

  const { delivery, robotName, sandbox } = result;
  const history = (
    <Link component={RouterLink} to="/history">
      {t('outcome.history')}
    </Link>
  );
  const inbox = sandbox ? (
    <>
      {' · '}
      <Link component={RouterLink} to="/sandbox">
        {t('outcome.sandboxInbox')}
      </Link>
    </>
  ) : null;
  switch (delivery.status) {
    case 'sent':
      return (
        <Alert severity="success" onClose={onClose} role="status">
          <AlertTitle>{t('outcome.sent', { robot: robotName })}</AlertTitle>
          {t('outcome.sentAt', { time: time(delivery.sentAt) })} {history}
          {inbox}
        </Alert>
      );
    case 'queued':
    case 'sending':
      return (
        // Queued again after a failed attempt, it carries that attempt's reason: say it, not only the place in line.
        <Alert severity={delivery.explanation ? 'warning' : 'info'} onClose={onClose} role="status">
          <AlertTitle>{t('outcome.queued', { robot: robotName })}</AlertTitle>
          {delivery.explanation && (
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {delivery.explanation[lang]}
            </Typography>
          )}
          {delivery.queuePosition
            ? t('outcome.position', { position: delivery.queuePosition, eta: time(delivery.eta) || '—' })
            : t('outcome.soon')}{' '}
          {history}
        </Alert>
      );
    case 'digested':
      return (
        <Alert severity="info" onClose={onClose} role="status">
          <AlertTitle>{t('outcome.digested', { robot: robotName })}</AlertTitle>
          {history}
        </Alert>
      );
    case 'failed':
      return (
        <Alert severity="error" onClose={onClose} role="alert">
          <AlertTitle>{t('outcome.failed', { robot: robotName })}</AlertTitle>
          {delivery.explanation ? delivery.explanation[lang] : (delivery.errmsg ?? '')}
          {delivery.errcode !== null
            ? ` (errcode ${delivery.errcode}${delivery.errmsg ? `: ${delivery.errmsg}` : ''})`
            : ''}{' '}
          {history}
        </Alert>
      );
  }
}
