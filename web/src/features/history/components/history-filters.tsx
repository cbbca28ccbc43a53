import { DELIVERY_STATUSES, type DeliveryStatus, type Robot } from '@dingpost/shared';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { HistoryFilters } from '../hooks/use-delivery-history.ts';

const isStatus = (value: string): value is DeliveryStatus => (DELIVERY_STATUSES as readonly string[]).includes(value);

/** Robot and status filters as native selects: plain to use by keyboard and screen reader alike. */
export function HistoryFiltersBar({
  robots,
  value,
  onChange,
}: {
  robots: Robot[];
  value: HistoryFilters;
  onChange: (filters: HistoryFilters) => void;
}) {
  const { t } = useTranslation('history');
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}
    >
      <TextField
        select
        label={t('filters.robot')}
        value={value.robotId ?? ''}
        onChange={(event) => onChange({ ...value, robotId: event.target.value || undefined })}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 180, flex: '1 1 180px', maxWidth: 320 }}
      >
        <option value="">{t('filters.all')}</option>
        {robots.map((robot) => (
          <option key={robot.id} value={robot.id}>
            {robot.name}
          </option>
        ))}
      </TextField>
      <TextField
        select
        label={t('filters.status')}
        value={value.status ?? ''}
        onChange={(event) =>
          onChange({ ...value, status: isStatus(event.target.value) ? event.target.value : undefined })
        }
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 140, flex: '1 1 140px', maxWidth: 240 }}
      >
        <option value="">{t('filters.all')}</option>
        {DELIVERY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </TextField>
    </Box>
  );
}
