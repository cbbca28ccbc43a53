import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingBar } from '../../../components/loading-bar.tsx';
import { useSession } from '../hooks/use-session.ts';
import { loginPath } from '../utils/next-path.ts';

/** Route guard: its child routes show only with a session; without one the user is sent to log in and back. */
export function RequireSession() {
  const { t } = useTranslation('auth');
  const { session, retry } = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'loading':
      return <LoadingBar label={t('common:loading')} />;
    case 'error':
      return (
        <Container sx={{ py: 4 }}>
          <Alert
            severity="error"
            action={
              <Button color="inherit" onClick={retry}>
                {t('session.retry')}
              </Button>
            }
          >
            {t('common:error.network')}
          </Alert>
        </Container>
      );
    case 'anonymous':
      return <Navigate to={loginPath(session.reason === 'logout' ? undefined : location)} replace />;
    case 'authenticated':
      return <Outlet />;
  }
}
