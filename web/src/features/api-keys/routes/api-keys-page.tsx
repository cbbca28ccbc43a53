import type { ApiKey } from '@dingpost/shared/api/auth';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadStatus } from '../../../components/load-status.tsx';
import { useFocusPageHeading } from '../../../hooks/use-focus-page-heading.ts';
import { PageContainer } from '../../../components/page-container.tsx';
import { errorText } from '../../../lib/error-text.ts';
import { useApiKeys } from '../api/get-api-keys.ts';
import { useUsers } from '../api/get-users.ts';
import { revokeApiKey } from '../api/revoke-api-key.ts';
import { ApiKeyCard } from '../components/api-key-card.tsx';
import { CreateApiKeyDialog } from '../components/create-api-key-dialog.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';

type Dialog = { kind: 'create' } | { kind: 'revoke'; apiKey: ApiKey } | null;

/** Admin page: keys for scripts and CI, which may send and read templates but nothing else. */
export function ApiKeysPage() {
  const { t } = useTranslation('api-keys');
  const keys = useApiKeys();
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusHeading = useFocusPageHeading();
  const usernames = new Map(users.data?.map((user) => [user.id, user.username]));
  // Active keys first, each group newest first.
  const sorted = [...(keys.data ?? [])].sort(
    (a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <PageContainer
      title={t('title')}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'create' })}>
          {t('add')}
        </Button>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('intro')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('scope')}
      </Alert>

      <LoadStatus
        error={keys.error}
        loading={keys.loading && keys.data === undefined}
        onRetry={keys.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {keys.data?.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {sorted.length > 0 && (
        <Stack component="section" aria-label={t('listLabel')} spacing={2}>
          {sorted.map((apiKey) => (
            <ApiKeyCard
              key={apiKey.id}
              apiKey={apiKey}
              createdBy={usernames.get(apiKey.createdBy)}
              onRevoke={(k) => setDialog({ kind: 'revoke', apiKey: k })}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'create' && (
        <CreateApiKeyDialog onClose={() => setDialog(null)} onCreated={() => keys.reload()} />
      )}
      {dialog?.kind === 'revoke' && (
        <ConfirmDialog
          title={t('revoke.title', { name: dialog.apiKey.name })}
          body={t('revoke.body')}
          confirmLabel={t('revoke.confirm')}
          failedText={(error) => t('revoke.failed', { message: errorText(error, t) })}
          onConfirm={async () => {
            await revokeApiKey(dialog.apiKey.id);
            setDialog(null);
            setNotice(t('revoked', { name: dialog.apiKey.name }));
            focusHeading();
            keys.reload();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </PageContainer>
  );
}
