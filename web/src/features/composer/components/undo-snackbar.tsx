import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

const UNDO_MS = 10_000;

/** "Cleared · Undo": a way back after an action that threw work away without asking first. */
export function UndoSnackbar({
  message,
  onUndo,
  onClose,
}: {
  message: string;
  onUndo: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('composer');
  return (
    <Snackbar
      open
      autoHideDuration={UNDO_MS}
      // A click elsewhere (say, into the editor) must not take the way back away early.
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      message={message}
      action={
        <Button color="inherit" size="small" onClick={onUndo}>
          {t('load.undo')}
        </Button>
      }
    />
  );
}
