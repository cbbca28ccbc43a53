import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../components/page-container.tsx';
import { Composer } from '../components/composer.tsx';

export function ComposerPage({ draftOwner }: { draftOwner: string }) {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('nav.composer')} maxWidth="xl">
      <Composer draftOwner={draftOwner} />
    </PageContainer>
  );
}
