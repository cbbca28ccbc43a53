import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { login } from '../api/login.ts';
import { PasswordField } from '../../../components/password-field.tsx';
import { useSession } from '../hooks/use-session.ts';
import { LoginFailure, useLoginForm } from '../hooks/use-login-form.tsx';
import { NEXT_PARAM, safeNextPath } from '../utils/next-path.ts';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { session, signedIn } = useSession();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get(NEXT_PARAM));
  const headingId = useId();
  const { form, submit, failure } = useLoginForm('', async (values) => signedIn(await login(values)));
  const { register, formState } = form;

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <Container maxWidth="xs" sx={{ py: { xs: 3, md: 8 }, px: { xs: 1.5, sm: 3 } }}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id={headingId} variant="h5" component="h1" gutterBottom>
          {t('login.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('login.intro')}
        </Typography>
        {session.status === 'anonymous' && session.reason === 'expired' && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('login.expired')}
          </Alert>
        )}
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <Stack spacing={2}>
            <TextField
              label={t('login.username')}
              required
              autoFocus
              autoComplete="username"
              slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
              {...register('username')}
              error={!!formState.errors.username}
              helperText={formState.errors.username?.message}
            />
            <PasswordField
              label={t('login.password')}
              autoComplete="current-password"
              registration={register('password')}
              error={formState.errors.password?.message}
            />
            <LoginFailure failure={failure} />
            <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('login.submitting') : t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
