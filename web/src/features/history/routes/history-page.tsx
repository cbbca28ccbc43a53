import { DELIVERY_STATUSES, type Delivery, type DeliveryStatus } from '@dingpost/shared';
import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LoadStatus } from '../../../components/load-status.tsx';
import { PageContainer } from '../../../components/page-container.tsx';
import { useRobots } from '../api/get-robots.ts';
import { DeliveryRow } from '../components/delivery-row.tsx';
import { DigestDialog } from '../components/digest-dialog.tsx';
import { HistoryFiltersBar } from '../components/history-filters.tsx';
import { ResendDialog } from '../components/resend-dialog.tsx';
import { useDeliveryHistory, type HistoryFilters } from '../hooks/use-delivery-history.ts';
import { errorText } from '../../../lib/error-text.ts';

const isStatus = (value: string | null): value is DeliveryStatus =>
  value !== null && (DELIVERY_STATUSES as readonly string[]).includes(value);

type Dialog = { kind: 'resend'; delivery: Delivery } | { kind: 'digest'; delivery: Delivery } | null;

export function HistoryPage() {
  const { t } = useTranslation('history');
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const filters: HistoryFilters = {
    robotId: params.get('robot') || undefined,
    status: isStatus(statusParam) ? statusParam : undefined,
  };
  const history = useDeliveryHistory(filters);
  const robots = useRobots();
  const robotById = new Map((robots.data ?? []).map((r) => [r.id, r]));
  const [dialog, setDialog] = useState<Dialog>(null);
  const filtered = filters.robotId !== undefined || filters.status !== undefined;

  const setFilters = (next: HistoryFilters) => {
    const search = new URLSearchParams();
    if (next.robotId) search.set('robot', next.robotId);
    if (next.status) search.set('status', next.status);
    setParams(search, { replace: true });
  };

  return (
    <PageContainer
      title={t('title')}
      maxWidth="md"
      actions={
        <Button variant="outlined" startIcon={<RefreshIcon />} onClick={history.refresh}>
          {t('refresh')}
        </Button>
      }
    >
      <HistoryFiltersBar robots={robots.data ?? []} value={filters} onChange={setFilters} />

      <LoadStatus
        error={history.error}
        loading={history.items === undefined && history.loading}
        onRetry={history.refresh}
        failedText={(message) => t('loadError', { message })}
      />
      {history.items?.length === 0 && (
        <Box sx={{ textAlign: 'center', py: 4 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {filtered ? t('empty.filtered') : t('empty.title')}
          </Typography>
          {!filtered && (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('empty.body')}
            </Typography>
          )}
          {filtered ? (
            <Button variant="outlined" onClick={() => setFilters({})}>
              {t('empty.clear')}
            </Button>
          ) : (
            <Button component={RouterLink} to="/" variant="contained">
              {t('empty.compose')}
            </Button>
          )}
        </Box>
      )}
      {history.items && history.items.length > 0 && (
        <Stack component="section" aria-label={t('listLabel')} aria-busy={history.loading} spacing={1.5}>
          {history.items.map((delivery) => (
            <DeliveryRow
              key={delivery.id}
              delivery={delivery}
              robot={robotById.get(delivery.robotId)}
              statusFilter={filters.status}
              onResend={(d) => setDialog({ kind: 'resend', delivery: d })}
              onShowDigest={(d) => setDialog({ kind: 'digest', delivery: d })}
            />
          ))}
        </Stack>
      )}
      {history.moreError !== undefined && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('loadError', { message: errorText(history.moreError, t) })}
        </Alert>
      )}
      {history.items && history.items.length > 0 && (
        <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
          {history.nextCursor ? (
            <Button variant="outlined" onClick={() => void history.loadMore()} disabled={history.loadingMore}>
              {history.loadingMore ? t('loadingMore') : t('loadMore')}
            </Button>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('end')}
            </Typography>
          )}
        </Box>
      )}

      {dialog?.kind === 'resend' && (
        <ResendDialog
          delivery={dialog.delivery}
          robot={robotById.get(dialog.delivery.robotId)}
          onClose={() => setDialog(null)}
          onSent={history.refresh}
        />
      )}
      {dialog?.kind === 'digest' && dialog.delivery.digestId && (
        <DigestDialog
          digestId={dialog.delivery.digestId}
          robotName={robotById.get(dialog.delivery.robotId)?.name ?? t('row.deletedRobot')}
          onClose={() => setDialog(null)}
        />
      )}
    </PageContainer>
  );
}
