import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Guards a form dialog's Escape and backdrop click: with unsaved input (`dirty`) they ask first instead of
 * throwing it away. The dialog's own Cancel button still closes at once: that is a choice, not a slip.
 * Render `prompt` beside the dialog and give its `onClose` `requestClose`.
 */
export function useDiscardGuard(dirty: boolean, onClose: () => void): { requestClose: () => void; prompt: ReactNode } {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const prompt = asking ? <DiscardChangesDialog onKeep={() => setAsking(false)} onDiscard={onClose} /> : null;
  return { requestClose, prompt };
}

/** "Discard what you entered?": keeping on is the default (it has the focus), discarding takes a click. */
function DiscardChangesDialog({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog open onClose={onKeep} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <DialogTitle id={`${id}-title`}>{t('discard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{t('discard.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep} autoFocus>
          {t('discard.keep')}
        </Button>
        <Button color="error" onClick={onDiscard}>
          {t('discard.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
