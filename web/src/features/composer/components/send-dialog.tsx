import type { LintWarning } from '@dingpost/shared/api/check';
import type { Robot } from '@dingpost/shared/api/robots';
import { findPlaceholders } from '@dingpost/shared/templates/render';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/index.ts';
import { KeywordStatus, WarningsList } from './insights-panel.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function MentionSummary({ message }: { message: DingtalkMessage }) {
  const { t } = useTranslation('composer');
  const ids = [...(message.at?.atMobiles ?? []), ...(message.at?.atUserIds ?? [])].map((id) => `@${id}`);
  const everyone = message.at?.isAtAll === true;
  const text =
    !everyone && ids.length === 0
      ? t('send.mentionsNone')
      : listOf([...(everyone ? [t('send.mentionsAll')] : []), ...ids]);
  return <Typography variant="body2">{text}</Typography>;
}

/** Preview-before-send: exactly what goes out, to whom, and anything that may go wrong. */
export function SendDialog({
  open,
  message,
  robot,
  warnings,
  preview,
  sending,
  onClose,
  onConfirm,
}: {
  open: boolean;
  message: DingtalkMessage;
  robot: Robot;
  warnings: readonly LintWarning[];
  preview: ReactNode;
  sending: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('composer');
  const narrow = useMediaQuery('(max-width:599.95px)');
  const shown = warnings.filter((warning) => warning.code !== 'keyword-missing');
  // A template opened in the composer keeps its {{placeholders}}: sent from here they reach the group as written.
  const placeholders = findPlaceholders(message);
  return (
    <Dialog
      open={open}
      onClose={sending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      fullScreen={narrow}
      aria-labelledby="send-dialog-title"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !sending) {
          event.preventDefault();
          onConfirm();
        }
      }}
    >
      <DialogTitle id="send-dialog-title">{t('send.title', { robot: robot.name })}</DialogTitle>
      {/* alignContent: full screen (phones), the rows keep their height instead of sharing the screen's. */}
      <DialogContent dividers sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Box component="section" aria-label={t('send.previewLabel')}>
          {preview}
        </Box>
        <Box>
          <Typography variant="subtitle2" component="h3">
            {t('send.robot')}
          </Typography>
          <Typography variant="body2">
            {robot.name}
            {robot.sandbox ? ` · ${t('robot.sandbox')}` : ''}
          </Typography>
        </Box>
        <Box>
          <Typography variant="subtitle2" component="h3">
            {t('send.mentions')}
          </Typography>
          <MentionSummary message={message} />
        </Box>
        <KeywordStatus message={message} robot={robot} />
        {placeholders.length > 0 && (
          <Alert severity="warning">
            {t('send.placeholders', {
              names: listOf(placeholders.map((name) => `{{${name}}}`)),
            })}
          </Alert>
        )}
        {shown.length > 0 ? (
          <Box>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {t('send.warnings', { count: shown.length })}
            </Typography>
            <WarningsList warnings={shown} />
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions>
        {/* A phone has no keyboard shortcut to offer. */}
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ mr: 'auto', pl: 1, visibility: narrow ? 'hidden' : undefined }}
        >
          {t('send.shortcut', { keys: isMac ? '⌘+Enter' : 'Ctrl+Enter' })}
        </Typography>
        <Button onClick={onClose} disabled={sending}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          disabled={sending}
          autoFocus
          startIcon={sending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {sending ? t('send.sending') : t('send.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
