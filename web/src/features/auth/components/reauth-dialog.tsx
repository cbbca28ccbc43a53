import type { User } from '@dingpost/shared/api/auth';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/dialog-form.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { login } from '../api/login.ts';
import { LoginFailure, useLoginForm } from '../hooks/use-login-form.tsx';

/**
 * "Your session has ended: log in again", over the page the user was working on, so nothing they typed is
 * lost. Only as the same user: the username is fixed, and the way out is logging out (to the login page).
 * It cannot be dismissed otherwise: the calls that met the ended session wait for its outcome.
 */
export function ReauthDialog({
  user,
  onLoggedIn,
  onLogOut,
}: {
  user: User;
  /** After the server accepted the password, with the account it logged in. */
  onLoggedIn: (user: User) => void;
  onLogOut: () => Promise<void>;
}) {
  const { t } = useTranslation('auth');
  const titleId = useId();
  const bodyId = useId();
  const [leaving, setLeaving] = useState(false);
  const { form, submit, failure } = useLoginForm(
    user.username,
    async (values) => onLoggedIn(await login({ ...values, username: user.username })),
    { clearPassword: true },
  );
  const { register, formState } = form;

  const busy = formState.isSubmitting || leaving;
  return (
    <Dialog
      open
      // No onClose: neither Escape nor a click beside it closes it; the user logs in again or logs out.
      fullWidth
      maxWidth="xs"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <DialogForm onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('reauth.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={bodyId} sx={{ mb: 2 }}>
            {t('reauth.body', { username: user.username })}
          </DialogContentText>
          <Stack spacing={2}>
            <TextField
              label={t('login.username')}
              value={user.username}
              autoComplete="username"
              helperText={t('reauth.sameUser')}
              slotProps={{ htmlInput: { readOnly: true, name: 'username', spellCheck: false } }}
            />
            <PasswordField
              label={t('login.password')}
              autoComplete="current-password"
              autoFocus
              registration={register('password')}
              error={formState.errors.password?.message}
            />
            <LoginFailure failure={failure} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button
            disabled={busy}
            onClick={() => {
              setLeaving(true);
              void onLogOut().finally(() => setLeaving(false));
            }}
          >
            {t('reauth.logOut')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {formState.isSubmitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </DialogActions>
      </DialogForm>
    </Dialog>
  );
}
