import { SANDBOX_KEYWORDS } from '@dingpost/shared';
import RefreshIcon from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadStatus } from '../../../components/load-status.tsx';
import { PageContainer } from '../../../components/page-container.tsx';
import { useSandboxRobotName } from '../api/get-robots.ts';
import { useSandboxMessages } from '../api/get-sandbox-messages.ts';
import { SandboxMessageCard } from '../components/sandbox-message-card.tsx';
import { usePolling } from '../../../hooks/use-polling.ts';
import { EmptyState } from '../../../components/empty-state.tsx';

const POLL_MS = 3000;

export function SandboxPage() {
  const { t } = useTranslation('sandbox');
  const messages = useSandboxMessages();
  const [autoRefresh, setAutoRefresh] = useState(true);
  usePolling(messages.reload, POLL_MS, autoRefresh);
  const items = messages.data;
  // The robot as it is named everywhere else (an admin may have renamed it).
  const robotName = useSandboxRobotName() ?? t('robotName');

  return (
    <PageContainer
      title={t('title')}
      maxWidth="md"
      actions={
        <>
          <FormControlLabel
            control={<Switch checked={autoRefresh} onChange={(event) => setAutoRefresh(event.target.checked)} />}
            label={t('autoRefresh')}
          />
          <Button variant="outlined" startIcon={<RefreshIcon />} onClick={messages.reload} disabled={messages.loading}>
            {t('refresh')}
          </Button>
        </>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
        {items && items.length > 0 && ` ${t('count', { count: items.length })}`}
      </Typography>
      <LoadStatus
        error={messages.error}
        loading={items === undefined && messages.loading}
        onRetry={messages.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {items?.length === 0 && (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body', {
            robot: robotName,
            keywords: SANDBOX_KEYWORDS.map((k) => `“${k}”`).join(' / '),
          })}
          action={
            <Button component={RouterLink} to="/" variant="contained">
              {t('empty.compose')}
            </Button>
          }
        />
      )}
      {items && items.length > 0 && (
        <Stack component="section" aria-label={t('listLabel')} spacing={2}>
          {items.map((item) => (
            <SandboxMessageCard key={item.id} item={item} robotName={robotName} />
          ))}
        </Stack>
      )}
    </PageContainer>
  );
}
