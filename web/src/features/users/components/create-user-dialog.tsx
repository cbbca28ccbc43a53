import { MIN_PASSWORD_LENGTH, userCreateSchema, type User } from '@dingpost/shared/api/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field.tsx';
import { useRevalidateOnLanguageChange } from '../../../hooks/use-revalidate-on-language-change.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { applyServerIssues } from '../../../lib/form-issues.ts';
import { useCreateUser } from '../api/create-user.ts';
import { userErrorText } from '../utils/user-error-text.ts';
import { RoleSelect } from './role-select.tsx';

const FIELDS = ['username', 'password', 'role'] as const;

export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation('users');
  const create = useCreateUser();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    resolver: zodResolver(userCreateSchema),
    mode: 'onTouched',
    defaultValues: { username: '', password: '', role: 'editor' as const },
  });
  const { register, control, handleSubmit, setError, formState } = form;
  useRevalidateOnLanguageChange(form);

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      onCreated(await create.run(values));
    } catch (error) {
      if (isApiError(error) && error.code === 'username_taken')
        setError('username', { type: 'server', message: userErrorText(error, t) });
      else setFormErrors(applyServerIssues(error, FIELDS, setError, t));
    }
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="create-user-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="create-user-title">{t('create.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('create.username')}
              required
              autoFocus
              autoComplete="off"
              slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
              {...register('username')}
              error={!!formState.errors.username}
              helperText={formState.errors.username?.message ?? t('create.usernameHelp')}
            />
            <PasswordField
              label={t('create.password')}
              autoComplete="new-password"
              registration={register('password')}
              error={formState.errors.password?.message}
              helperText={t('create.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
            />
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <RoleSelect
                  label={t('create.role')}
                  value={field.value}
                  onChange={field.onChange}
                  helperText={t(`roleHelp.${field.value}`)}
                />
              )}
            />
            {formErrors.length > 0 && (
              <Alert severity="error" role="alert">
                {t('create.failed', { message: formErrors.join('; ') })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={create.pending}>
            {create.pending ? t('create.saving') : t('create.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
