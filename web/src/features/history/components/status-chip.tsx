import type { DeliveryStatus } from '@dingpost/shared';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

const COLOR = {
  queued: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'error',
  digested: 'secondary',
} as const satisfies Record<DeliveryStatus, string>;

export function StatusChip({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('history');
  return <Chip size="small" color={COLOR[status]} label={t(`status.${status}`)} data-status={status} />;
}
