import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { MessagePreview } from '../../preview/index.ts';
import { useDelivery } from '../api/get-delivery.ts';
import { errorText } from '../../../lib/error-text.ts';
import { DeliveryOutcome } from '../../../components/delivery-outcome.tsx';

/** The digest a delivery was merged into: the message the group actually received. */
export function DigestDialog({
  digestId,
  robotName,
  onClose,
}: {
  digestId: string;
  robotName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  const digest = useDelivery(digestId);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="digest-title">
      <DialogTitle id="digest-title">{t('digest.title')}</DialogTitle>
      <DialogContent>
        {digest.loading && !digest.data && (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
            <CircularProgress aria-label={t('digest.loading')} />
          </Box>
        )}
        {digest.error !== undefined && (
          <Alert severity="error">{t('digest.error', { message: errorText(digest.error, t) })}</Alert>
        )}
        {digest.data && (
          <>
            <DeliveryOutcome delivery={digest.data} />
            <Box sx={{ mt: 2 }}>
              <MessagePreview message={digest.data.message} robotName={robotName} />
            </Box>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
