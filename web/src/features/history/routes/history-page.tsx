import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../components/page-container.tsx';

/** Placeholder: W2 builds this page. */
export function HistoryPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.history')}>
      <Typography color="text.secondary">…</Typography>
    </PageContainer>
  );
}
