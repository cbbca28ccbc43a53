import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../hooks/use-request.ts';

/**
 * Asks before something that cannot be undone (Cancel, or `cancelLabel`, has the focus). While `onConfirm`
 * runs the confirm button is disabled; if it rejects, the dialog stays open and shows `failedText(error)`.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  failedText = String,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  failedText?: (error: unknown) => string;
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const action = useMutation(async () => onConfirm());
  const confirm = async () => {
    try {
      await action.run();
    } catch {
      // Shown from action.error.
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{body}</DialogContentText>
        {action.error !== undefined && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {failedText(action.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {cancelLabel ?? t('common:actions.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={action.pending}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
