import { MIN_PASSWORD_LENGTH, passwordSchema, type User } from '@dingpost/shared/api/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useDiscardGuard } from '../../../components/discard-changes.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { DialogForm } from '../../../components/dialog-form.tsx';

const resetSchema = z.strictObject({ password: passwordSchema });

export function ResetPasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t } = useTranslation('users');
  const update = useUpdateUser();
  const form = useForm({ resolver: zodResolver(resetSchema), mode: 'onTouched', defaultValues: { password: '' } });
  const { register, formState } = form;
  const { formError, submitWith } = useFormSave(form, ['password'], t, 'reset.failed');
  const { requestClose, prompt } = useDiscardGuard(formState.isDirty, onClose);

  const submit = submitWith(async (values) => {
    onSaved(await update.run(user.id, { password: values.password }));
  });

  return (
    <Dialog
      open
      onClose={requestClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="reset-password-title"
      aria-describedby="reset-password-body"
    >
      <DialogForm onSubmit={submit} noValidate>
        <DialogTitle id="reset-password-title">{t('reset.title', { username: user.username })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id="reset-password-body">{t('reset.body')}</DialogContentText>
            <PasswordField
              label={t('reset.password')}
              autoComplete="new-password"
              autoFocus
              registration={register('password')}
              error={formState.errors.password?.message}
              helperText={t('create.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
            />
            {formError && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={update.pending}>
            {update.pending ? t('create.saving') : t('reset.submit')}
          </Button>
        </DialogActions>
      </DialogForm>
      {prompt}
    </Dialog>
  );
}
