import { MIN_PASSWORD_LENGTH, userCreateSchema, type User } from '@dingpost/shared/api/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useCreateUser } from '../api/create-user.ts';
import { userErrorText } from '../utils/user-error-text.ts';
import { RoleSelect } from './role-select.tsx';

const FIELDS = ['username', 'password', 'role'] as const;

export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation('users');
  const create = useCreateUser();
  const form = useForm({
    resolver: zodResolver(userCreateSchema),
    mode: 'onTouched',
    defaultValues: { username: '', password: '', role: 'editor' as const },
  });
  const { register, control, setError, formState } = form;
  const { formError, submitWith } = useFormSave(form, FIELDS, t, 'create.failed');

  const submit = submitWith(
    async (values) => onCreated(await create.run(values)),
    (error) => {
      if (!isApiError(error) || error.code !== 'username_taken') return false;
      setError('username', { type: 'server', message: userErrorText(error, t) });
      return true;
    },
  );

  return (
    <FormDialog
      title={t('create.title')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('create.submit')}
      pendingLabel={t('create.saving')}
      pending={create.pending}
      error={formError}
      dirty={formState.isDirty}
    >
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
    </FormDialog>
  );
}
