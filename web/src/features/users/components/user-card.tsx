import type { Role, User } from '@dingpost/shared/api/auth';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { formatDate } from '../../../lib/format-time.ts';
import { userErrorText } from '../utils/user-error-text.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { RoleSelect } from './role-select.tsx';

export function UserCard({
  user,
  isSelf,
  onChanged,
  onResetPassword,
  onDelete,
}: {
  user: User;
  isSelf: boolean;
  onChanged: (user: User, notice: string) => void;
  onResetPassword: (user: User) => void;
  onDelete: (user: User) => void;
}) {
  const { t } = useTranslation('users');
  const headingId = useId();
  const update = useUpdateUser();
  const created = formatDate(user.createdAt, currentLang());

  const change = async (input: { role?: Role; disabled?: boolean }, notice: string) => {
    try {
      onChanged(await update.run(user.id, input), notice);
    } catch {
      // Shown from update.error (e.g. the server's 409 about the last admin).
    }
  };

  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="h6" component="h2" sx={{ wordBreak: 'break-word' }}>
            {user.username}
          </Typography>
          {isSelf && <Chip size="small" color="primary" variant="outlined" label={t('card.you')} />}
          {user.disabled && <Chip size="small" color="warning" label={t('card.disabled')} />}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('card.created', { date: created })}
        </Typography>
        <RoleSelect
          label={t('card.role')}
          value={user.role}
          fullWidth={false}
          disabled={update.pending}
          onChange={(role) => void change({ role }, t(`notice.role.${role}`, { username: user.username }))}
        />
        {!!update.error && (
          <Alert severity="error" role="alert" onClose={update.reset} sx={{ mt: 1.5 }}>
            {t('card.failed', { message: userErrorText(update.error, t) })}
          </Alert>
        )}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
        <Button size="small" variant="outlined" onClick={() => onResetPassword(user)}>
          {t('actions.resetPassword')}
        </Button>
        <Button
          size="small"
          disabled={update.pending}
          onClick={() =>
            void change(
              { disabled: !user.disabled },
              t(user.disabled ? 'notice.enabled' : 'notice.disabled', { username: user.username }),
            )
          }
        >
          {user.disabled ? t('actions.enable') : t('actions.disable')}
        </Button>
        <Button size="small" color="error" onClick={() => onDelete(user)}>
          {t('actions.delete')}
        </Button>
      </CardActions>
    </Card>
  );
}
