import { MIN_PASSWORD_LENGTH, passwordChangeSchema } from '@dingpost/shared/api/auth';
import { say } from '@dingpost/shared/i18n/validation-locale';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useChangePassword } from '../api/change-password.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The server's schema, and the new password typed twice (a typo here would lock the user out). */
const formSchema = passwordChangeSchema
  .extend({ confirmPassword: z.string() })
  .refine((form) => form.confirmPassword === form.newPassword, {
    path: ['confirmPassword'],
    error: say({ zh: '两次输入的新密码不一致', en: 'The two new passwords differ' }),
  });

export function ChangePasswordDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation('auth');
  const change = useChangePassword();
  const form = useForm({
    resolver: zodResolver(formSchema),
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { register, setError, formState } = form;
  const { formError, submitWith } = useFormSave(form, FIELDS, t, 'password.failed');

  const submit = submitWith(
    async ({ currentPassword, newPassword }) => {
      await change.run({ currentPassword, newPassword });
      onChanged();
    },
    (error) => {
      if (!isApiError(error) || error.code !== 'wrong_password') return false;
      setError('currentPassword', { type: 'server', message: t('password.wrong') });
      return true;
    },
  );

  return (
    <FormDialog
      title={t('password.title')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('password.submit')}
      pendingLabel={t('password.saving')}
      pending={change.pending}
      error={formError}
      dirty={formState.isDirty}
    >
      <PasswordField
        label={t('password.current')}
        autoComplete="current-password"
        autoFocus
        registration={register('currentPassword')}
        error={formState.errors.currentPassword?.message}
      />
      <PasswordField
        label={t('password.new')}
        autoComplete="new-password"
        registration={register('newPassword')}
        error={formState.errors.newPassword?.message}
        helperText={t('password.newHelp', { min: MIN_PASSWORD_LENGTH })}
      />
      <PasswordField
        label={t('password.confirm')}
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={formState.errors.confirmPassword?.message}
      />
    </FormDialog>
  );
}
