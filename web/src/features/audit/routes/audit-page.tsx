import { AUDIT_ACTIONS, auditActionSchema, type AuditAction } from '@dingpost/shared/api/auth';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadStatus } from '../../../components/load-status.tsx';
import { PageContainer } from '../../../components/page-container.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { useAuditLog } from '../hooks/use-audit-log.ts';

/** Admin page: who did what and when, newest first; the action filter lives in the address (?action=). */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const parsed = auditActionSchema.safeParse(params.get('action'));
  const action: AuditAction | undefined = parsed.success ? parsed.data : undefined;
  const log = useAuditLog(action);

  const setAction = (value: string) => setParams(value ? { action: value } : {}, { replace: true });

  return (
    <PageContainer title={t('title')}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <FormControl size="small" sx={{ minWidth: { xs: '100%', sm: 280 } }}>
          <InputLabel htmlFor={filterId} shrink>
            {t('filter.label')}
          </InputLabel>
          <NativeSelect
            id={filterId}
            value={action ?? ''}
            onChange={(event) => setAction(event.target.value)}
            input={<OutlinedInput label={t('filter.label')} notched />}
          >
            <option value="">{t('filter.all')}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`actions.${value}`)}
              </option>
            ))}
          </NativeSelect>
        </FormControl>
        <Typography variant="body2" color="text.secondary" role="status">
          {log.loading && log.items.length === 0 ? '' : t('shown', { count: log.items.length })}
        </Typography>
      </Box>

      <LoadStatus
        error={log.error}
        loading={false}
        onRetry={log.items.length > 0 ? log.loadMore : log.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {!log.loading && log.error === undefined && log.items.length === 0 && (
        <Typography sx={{ py: 4, textAlign: 'center' }} color="text.secondary">
          {action ? t('emptyFiltered') : t('empty')}
        </Typography>
      )}
      {log.items.length > 0 && <AuditTable entries={log.items} />}
      <Box sx={{ display: 'flex', justifyContent: 'center', py: 2 }}>
        {log.loading ? (
          <CircularProgress size={28} aria-label={t('common:loading')} />
        ) : log.nextCursor ? (
          <Button variant="outlined" onClick={log.loadMore}>
            {t('loadMore')}
          </Button>
        ) : log.items.length > 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('end')}
          </Typography>
        ) : null}
      </Box>
    </PageContainer>
  );
}
