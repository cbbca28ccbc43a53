import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog.tsx';

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
  return (
    <ConfirmDialog
      title={t('discard.title')}
      body={t('discard.body')}
      cancelLabel={t('discard.keep')}
      confirmLabel={t('discard.confirm')}
      onConfirm={onDiscard}
      onClose={onKeep}
    />
  );
}
