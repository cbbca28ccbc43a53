import type { User } from '@dingpost/shared/api/auth';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { userErrorText } from '../utils/user-error-text.ts';
import { useDeleteUser } from '../api/delete-user.ts';

export function DeleteUserDialog({
  user,
  onClose,
  onDeleted,
}: {
  user: User;
  onClose: () => void;
  onDeleted: (user: User) => void;
}) {
  const { t } = useTranslation('users');
  const remove = useDeleteUser();
  const confirm = async () => {
    try {
      await remove.run(user.id);
      onDeleted(user);
    } catch {
      // Shown from remove.error: the server's 409 when this is the last admin.
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-user-title" aria-describedby="delete-user-body">
      <DialogTitle id="delete-user-title">{t('confirmDelete.title', { username: user.username })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-user-body">{t('confirmDelete.body')}</DialogContentText>
        {!!remove.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('confirmDelete.failed', { message: userErrorText(remove.error, t) })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common:actions.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.pending}>
          {t('confirmDelete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
