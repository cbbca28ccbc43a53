import LockIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageContainer } from '../../../components/page-container.tsx';
import { useCurrentUser } from '../hooks/use-session.ts';

/** What an editor sees at an admin page's address: why it is closed and who can help. */
export function NeedsAdminPage() {
  const { t } = useTranslation('auth');
  const user = useCurrentUser();
  return (
    <PageContainer title={t('needsAdmin.title')} maxWidth="md">
      <Alert severity="info" icon={<LockIcon />} sx={{ mb: 2 }}>
        {t('needsAdmin.body', { username: user?.username ?? '' })}
      </Alert>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('needsAdmin.hint')}
      </Typography>
      <Button component={Link} to="/" variant="contained">
        {t('needsAdmin.back')}
      </Button>
    </PageContainer>
  );
}
