import type { Delivery, Robot } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagePreview } from '../../preview/index.ts';
import { useCreateDelivery } from '../api/create-delivery.ts';
import { freshCopy } from '../utils/fresh-copy.ts';
import { sendErrorText } from '../../../lib/send-error-text.ts';
import { DeliveryOutcome } from '../../../components/delivery-outcome.tsx';

/** Confirms a resend with the exact message and robot, sends it, then tells the outcome. */
export function ResendDialog({
  delivery,
  robot,
  onClose,
  onSent,
}: {
  delivery: Delivery;
  robot: Robot | undefined;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation('history');
  const send = useCreateDelivery();
  const [outcome, setOutcome] = useState<Delivery | null>(null);
  const message = freshCopy(delivery.message);

  const confirm = async () => {
    if (!robot) return;
    try {
      setOutcome(await send.run({ robotId: robot.id, message }));
      onSent();
    } catch {
      // Shown from send.error.
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="resend-title"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !outcome && !send.pending) void confirm();
      }}
    >
      <DialogTitle id="resend-title">{t('resend.title')}</DialogTitle>
      <DialogContent>
        {robot ? (
          <DialogContentText>{t('resend.body', { robot: robot.name })}</DialogContentText>
        ) : (
          <Alert severity="warning">{t('resend.robotGone')}</Alert>
        )}
        <Box sx={{ my: 2 }}>
          <MessagePreview message={message} robotName={robot?.name} />
        </Box>
        <Box aria-live="polite">
          {outcome && <DeliveryOutcome delivery={outcome} />}
          {send.error !== undefined && (
            <Alert severity="error" role="alert">
              {sendErrorText(send.error, t, robot?.keywords ?? [])}
            </Alert>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        {outcome ? (
          <Button variant="contained" onClick={onClose} autoFocus>
            {t('resend.again')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button variant="contained" onClick={confirm} disabled={!robot || send.pending}>
              {send.pending ? t('resend.sending') : t('resend.confirm')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
