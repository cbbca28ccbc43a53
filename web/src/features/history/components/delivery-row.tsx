import type { Delivery, DeliveryStatus, Robot } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLang } from '../../../i18n/index.ts';
import { composerLoadState } from '../../../lib/composer-load.ts';
import { MessagePreview } from '../../preview/index.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { messageSummary } from '../../../lib/message-summary.ts';
import { freshCopy } from '../utils/fresh-copy.ts';
import { StatusChip } from './status-chip.tsx';
import { messageKindLabel } from '../../../lib/message-kind.ts';
import { dingtalkAnswerText } from '../../../lib/dingtalk-answer-text.ts';

function Meta({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" component="span">
      {children}
    </Typography>
  );
}

export function DeliveryRow({
  delivery,
  robot,
  statusFilter,
  onResend,
  onShowDigest,
}: {
  delivery: Delivery;
  robot: Robot | undefined;
  /** The list's status filter: a row polled into another status says it no longer matches. */
  statusFilter?: DeliveryStatus | undefined;
  onResend: (delivery: Delivery) => void;
  onShowDigest: (delivery: Delivery) => void;
}) {
  const { t } = useTranslation('history');
  const lang = currentLang();
  const headingId = useId();
  const previewId = useId();
  const [showMessage, setShowMessage] = useState(false);
  const title = messageSummary(delivery.message) || t('row.noTitle');
  const robotName = robot?.name ?? t('row.deletedRobot');

  return (
    <Card
      component="article"
      variant="outlined"
      aria-labelledby={headingId}
      data-testid="delivery-row"
      data-status={delivery.status}
      data-delivery-id={delivery.id}
    >
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
          <StatusChip status={delivery.status} />
          <Chip size="small" variant="outlined" label={messageKindLabel(delivery.message, t)} />
          {delivery.templateId && <Chip size="small" variant="outlined" label={t('row.fromTemplate')} />}
        </Box>
        <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
          {title}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25 }}>
          <Meta>{t('row.robot', { name: robotName })}</Meta>
          <Meta>
            <time dateTime={delivery.createdAt}>
              {t('row.created', { time: formatTime(delivery.createdAt, lang) })}
            </time>
          </Meta>
          {delivery.sentAt && (
            <Meta>
              <time dateTime={delivery.sentAt}>{t('row.sent', { time: formatTime(delivery.sentAt, lang) })}</time>
            </Meta>
          )}
          {delivery.attempts > 1 && <Meta>{t('row.attempts', { count: delivery.attempts })}</Meta>}
        </Box>

        {statusFilter && delivery.status !== statusFilter && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="delivery-left-filter">
            {t('row.leftFilter', { status: t(`status.${delivery.status}`), filter: t(`status.${statusFilter}`) })}
          </Typography>
        )}
        {delivery.status === 'queued' && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {delivery.queuePosition !== null && delivery.eta !== null
              ? t('row.queued', { position: delivery.queuePosition, time: formatTime(delivery.eta, lang) })
              : t('row.queuedNoEta')}
          </Typography>
        )}
        {delivery.status === 'sending' && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('row.sending')}
          </Typography>
        )}
        {/* A queued delivery carries the reason of its last failed attempt while it waits to be retried. */}
        {(delivery.status === 'failed' || delivery.status === 'queued') &&
          (delivery.explanation || delivery.errmsg) && (
            <Alert
              severity={delivery.status === 'failed' ? 'error' : 'warning'}
              sx={{ mt: 1 }}
              data-testid="delivery-explanation"
            >
              <AlertTitle>{t(delivery.status === 'failed' ? 'row.fix' : 'row.retrying')}</AlertTitle>
              {delivery.explanation && <Typography variant="body2">{delivery.explanation[lang]}</Typography>}
              {(delivery.errcode !== null || delivery.errmsg) && (
                <Typography variant="caption" component="p" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
                  {dingtalkAnswerText(t, delivery.errcode, delivery.errmsg)}
                </Typography>
              )}
            </Alert>
          )}
        {delivery.status === 'digested' && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('row.digested')}
            {delivery.digestId && (
              <>
                {' '}
                <Link component="button" type="button" onClick={() => onShowDigest(delivery)}>
                  {t('row.digestLink')}
                </Link>
              </>
            )}
          </Typography>
        )}
        {showMessage && (
          <Box id={previewId} sx={{ mt: 1.5 }}>
            <MessagePreview message={delivery.message} robotName={robot?.name} />
          </Box>
        )}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
        <Button
          size="small"
          aria-expanded={showMessage}
          aria-controls={showMessage ? previewId : undefined}
          onClick={() => setShowMessage((shown) => !shown)}
        >
          {showMessage ? t('row.hideMessage') : t('row.showMessage')}
        </Button>
        {/* The message without its msgUuid (DingTalk drops a resend carrying the old one), and its robot. */}
        <Button
          size="small"
          component={RouterLink}
          to="/"
          state={composerLoadState(freshCopy(delivery.message), robot?.id)}
        >
          {t('actions.open')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => onResend(delivery)} disabled={!robot}>
          {t('actions.resend')}
        </Button>
      </CardActions>
    </Card>
  );
}
