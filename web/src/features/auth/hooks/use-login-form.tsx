import { loginInputSchema, type LoginInput } from '@dingpost/shared/api/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRevalidateOnLanguageChange } from '../../../hooks/use-revalidate-on-language-change.ts';
import { loginErrorText } from '../utils/login-error.ts';

/**
 * The login form of the login page and of the log-in-again dialog: the shared schema, errors in the current
 * language, and a refused login kept for `LoginFailure` with the focus back on the password (emptied when
 * `clearPassword`).
 */
export function useLoginForm(
  username: string,
  logIn: (values: LoginInput) => Promise<void>,
  { clearPassword = false }: { clearPassword?: boolean } = {},
) {
  const [failure, setFailure] = useState<unknown>(undefined);
  const form = useForm({
    resolver: zodResolver(loginInputSchema),
    mode: 'onTouched',
    defaultValues: { username, password: '' },
  });
  useRevalidateOnLanguageChange(form);
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await logIn(values);
    } catch (error) {
      setFailure(error);
      if (clearPassword) form.resetField('password', { keepError: false });
      form.setFocus('password');
    }
  });
  return { form, submit, failure };
}

/** Why the server refused the login (wrong password, too many attempts…), when it did. */
export function LoginFailure({ failure }: { failure: unknown }) {
  const { t } = useTranslation('auth');
  if (failure === undefined) return null;
  return (
    <Alert severity="error" role="alert">
      {loginErrorText(failure, t)}
    </Alert>
  );
}
