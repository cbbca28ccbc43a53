import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

/** When the clipboard is not available, the text is shown selected for the user to copy. */
export function CopyFallbackDialog({ text, title, onClose }: { text: string; title: string; onClose: () => void }) {
  const { t } = useTranslation('composer');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="copy-fallback-title">
      <DialogTitle id="copy-fallback-title">{title}</DialogTitle>
      <DialogContent>
        <TextField
          label={t('json.copyManually')}
          value={text}
          multiline
          fullWidth
          maxRows={16}
          autoFocus
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: 13 } },
            inputLabel: { shrink: true },
          }}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
