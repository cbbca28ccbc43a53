import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../components/page-container.tsx';

/** Placeholder: W2 builds this page. */
export function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.templates')}>
      <Typography color="text.secondary">…</Typography>
    </PageContainer>
  );
}
