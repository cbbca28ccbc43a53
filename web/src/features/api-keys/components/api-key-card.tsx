import type { ApiKey } from '@dingpost/shared/api/auth';
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
import { formatTime } from '../../../lib/format-time.ts';

export function ApiKeyCard({
  apiKey,
  createdBy,
  onRevoke,
}: {
  apiKey: ApiKey;
  /** The creator's username, when known. */
  createdBy: string | undefined;
  onRevoke: (apiKey: ApiKey) => void;
}) {
  const { t } = useTranslation('api-keys');
  const headingId = useId();
  const time = (iso: string) => formatTime(iso, currentLang());
  const revoked = apiKey.revokedAt !== null;
  const rows: { label: string; value: string; code?: boolean }[] = [
    { label: t('card.prefix'), value: `${apiKey.prefix}…`, code: true },
    { label: t('card.createdBy'), value: createdBy ?? t('card.unknownUser') },
    { label: t('card.created'), value: time(apiKey.createdAt) },
    { label: t('card.lastUsed'), value: apiKey.lastUsedAt ? time(apiKey.lastUsedAt) : t('card.neverUsed') },
  ];
  if (apiKey.revokedAt) rows.push({ label: t('card.revokedAt'), value: time(apiKey.revokedAt) });
  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="h6" component="h2" sx={{ wordBreak: 'break-word' }}>
            {apiKey.name}
          </Typography>
          <Chip
            size="small"
            color={revoked ? 'default' : 'success'}
            variant={revoked ? 'filled' : 'outlined'}
            label={revoked ? t('card.revoked') : t('card.active')}
          />
        </Box>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0, wordBreak: 'break-word' },
          }}
        >
          {rows.map(({ label, value, code }) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2">
                {label}
              </Typography>
              <Typography component="dd" variant="body2" sx={code ? { fontFamily: 'monospace' } : undefined}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
      {!revoked && (
        <CardActions sx={{ px: 2, pb: 2 }}>
          <Button size="small" color="error" onClick={() => onRevoke(apiKey)}>
            {t('actions.revoke')}
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
