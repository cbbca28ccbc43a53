import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from './dialog-form.tsx';
import { useDiscardGuard } from './discard-changes.tsx';

/**
 * A dialog holding one form: the title names the dialog, the fields stack up, a failure the fields could
 * not take (`error`) shows as an alert beneath them, then Cancel and the submit button, disabled (and
 * saying `pendingLabel`) while the save runs. With `dirty` input, Escape or a click beside the dialog asks
 * before closing.
 */
export function FormDialog({
  title,
  maxWidth = 'sm',
  onSubmit,
  onClose,
  submitLabel,
  pendingLabel,
  pending,
  error,
  dirty = false,
  children,
}: {
  title: string;
  maxWidth?: DialogProps['maxWidth'];
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error?: string;
  /** Whether the form holds input not saved yet (react-hook-form's `formState.isDirty`). */
  dirty?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose);
  return (
    <Dialog open onClose={requestClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogForm onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </DialogActions>
      </DialogForm>
      {prompt}
    </Dialog>
  );
}
