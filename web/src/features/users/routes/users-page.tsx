import type { User } from '@dingpost/shared/api/auth';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
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
import { deleteUser } from '../api/delete-user.ts';
import { useUsers } from '../api/get-users.ts';
import { CreateUserDialog } from '../components/create-user-dialog.tsx';
import { ResetPasswordDialog } from '../components/reset-password-dialog.tsx';
import { UserCard } from '../components/user-card.tsx';
import { userErrorText } from '../utils/user-error-text.ts';

type Dialog = { kind: 'create' } | { kind: 'reset'; user: User } | { kind: 'delete'; user: User } | null;

/**
 * Admin page: who may use dingpost, with which role. `currentUserId` marks the admin's own account, and
 * `onSelfChanged` hears changes to it (a self-demotion must reach the session at once).
 */
export function UsersPage({
  currentUserId,
  onSelfChanged,
}: {
  currentUserId?: string;
  onSelfChanged?: (user: User) => void;
}) {
  const { t } = useTranslation('users');
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusHeading = useFocusPageHeading();

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    users.reload();
  };

  return (
    <PageContainer
      title={t('title')}
      actions={
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog({ kind: 'create' })}>
          {t('add')}
        </Button>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>

      <LoadStatus
        error={users.error}
        loading={users.loading && users.data === undefined}
        onRetry={users.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {users.data && (
        <Stack component="section" aria-label={t('listLabel')} spacing={2}>
          {users.data.map((user) => (
            <UserCard
              key={user.id}
              user={user}
              isSelf={user.id === currentUserId}
              onChanged={(changed, message) => {
                setNotice(message);
                if (changed.id === currentUserId) onSelfChanged?.(changed);
                users.reload();
              }}
              onResetPassword={(u) => setDialog({ kind: 'reset', user: u })}
              onDelete={(u) => setDialog({ kind: 'delete', user: u })}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'create' && (
        <CreateUserDialog
          onClose={() => setDialog(null)}
          onCreated={(u) => done(t('notice.created', { username: u.username }))}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(u) => done(t('notice.passwordReset', { username: u.username }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('confirmDelete.title', { username: dialog.user.username })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          failedText={(error) => t('confirmDelete.failed', { message: userErrorText(error, t) })}
          onConfirm={async () => {
            await deleteUser(dialog.user.id);
            done(t('notice.deleted', { username: dialog.user.username }));
            focusHeading();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </PageContainer>
  );
}
