import type { Robot } from '@dingpost/shared/api/robots';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import Link from '@mui/material/Link';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/index.ts';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';

/** Which robot sends: the server's robots, the sandbox one first on a fresh install. A native select. */
export const RobotPicker = memo(function RobotPicker({
  robots,
  error,
  value,
  onChange,
  onRetry,
}: {
  robots: Robot[] | undefined;
  error: unknown;
  value: string;
  onChange: (robotId: string) => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation('composer');
  const id = useId();
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('robot.retry')}
          </Button>
        }
      >
        {t('robot.loadFailed')}{' '}
        {isApiError(error) && error.code !== 'network' ? error.message : t('common:error.network')}
      </Alert>
    );
  if (robots && robots.length === 0)
    return (
      <Alert severity="info">
        {t('robot.none')}{' '}
        <Link component={RouterLink} to="/robots">
          {t('robot.add')}
        </Link>
      </Alert>
    );
  return (
    <FormControl fullWidth size="small" disabled={!robots}>
      <InputLabel htmlFor={id} shrink>
        {t('robot.label')}
      </InputLabel>
      <NativeSelect
        id={id}
        value={robots?.some((robot) => robot.id === value) ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={t('robot.label')} notched />}
      >
        {robots ? null : <option value="">{t('robot.loading')}</option>}
        {(robots ?? []).map((robot) => (
          <option key={robot.id} value={robot.id}>
            {robot.name}
            {robot.sandbox ? ` · ${t('robot.sandbox')}` : ''}
            {robot.keywords.length > 0 ? ` · ${t('robot.keywords', { keywords: listOf(robot.keywords) })}` : ''}
            {robot.keywords.length === 0 && robot.hasKeywords ? ` · ${t('robot.keywordsHidden')}` : ''}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
});

/** The robot to preselect: the last one used, else the sandbox robot, else the first. */
export function defaultRobotId(robots: readonly Robot[], remembered: string | undefined): string {
  if (remembered && robots.some((robot) => robot.id === remembered)) return remembered;
  return (robots.find((robot) => robot.sandbox) ?? robots[0])?.id ?? '';
}
