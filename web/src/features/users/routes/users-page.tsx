import type { User } from '@dingpost/shared/api/auth';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../../components/page-container.tsx';
import { errorText } from '../../../lib/error-text.ts';
import { useUsers } from '../api/get-users.ts';
import { CreateUserDialog } from '../components/create-user-dialog.tsx';
import { DeleteUserDialog } from '../components/delete-user-dialog.tsx';
import { ResetPasswordDialog } from '../components/reset-password-dialog.tsx';
import { UserCard } from '../components/user-card.tsx';

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

      {users.error !== undefined && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={users.reload}>
              {t('retry')}
            </Button>
          }
        >
          {t('loadError', { message: errorText(users.error, t) })}
        </Alert>
      )}
      {users.loading && users.data === undefined && (
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
          <CircularProgress aria-label={t('common:loading')} />
        </Box>
      )}
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
        <DeleteUserDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDeleted={(u) => done(t('notice.deleted', { username: u.username }))}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </PageContainer>
  );
}
