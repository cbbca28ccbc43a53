import type { ApiKey } from '@dingpost/shared/api/auth';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/error-text.ts';
import { useRevokeApiKey } from '../api/revoke-api-key.ts';

export function RevokeApiKeyDialog({
  apiKey,
  onClose,
  onRevoked,
}: {
  apiKey: ApiKey;
  onClose: () => void;
  onRevoked: (apiKey: ApiKey) => void;
}) {
  const { t } = useTranslation('api-keys');
  const revoke = useRevokeApiKey();
  const confirm = async () => {
    try {
      await revoke.run(apiKey.id);
      onRevoked(apiKey);
    } catch {
      // Shown from revoke.error.
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="revoke-key-title" aria-describedby="revoke-key-body">
      <DialogTitle id="revoke-key-title">{t('revoke.title', { name: apiKey.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="revoke-key-body">{t('revoke.body')}</DialogContentText>
        {!!revoke.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('revoke.failed', { message: errorText(revoke.error, t) })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common:actions.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={revoke.pending}>
          {t('revoke.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
