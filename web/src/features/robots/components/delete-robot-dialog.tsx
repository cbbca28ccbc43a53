import type { Robot } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { useDeleteRobot } from '../api/delete-robot.ts';
import { errorText } from '../../../lib/error-text.ts';

export function DeleteRobotDialog({
  robot,
  onClose,
  onDeleted,
}: {
  robot: Robot;
  onClose: () => void;
  onDeleted: (robot: Robot) => void;
}) {
  const { t } = useTranslation('robots');
  const remove = useDeleteRobot();
  const confirm = async () => {
    try {
      await remove.run(robot.id);
      onDeleted(robot);
    } catch {
      // Shown from remove.error.
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-robot-title" aria-describedby="delete-robot-body">
      <DialogTitle id="delete-robot-title">{t('confirmDelete.title', { name: robot.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-robot-body">{t('confirmDelete.body')}</DialogContentText>
        {!!remove.error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('confirmDelete.failed', { message: errorText(remove.error, t) })}
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
