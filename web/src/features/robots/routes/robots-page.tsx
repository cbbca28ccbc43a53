import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../components/page-container.tsx';

/** Placeholder: W2 builds this page. */
export function RobotsPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.robots')}>
      <Typography color="text.secondary">…</Typography>
    </PageContainer>
  );
}
