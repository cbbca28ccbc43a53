import type { Robot, RobotTestResult } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTestRobot } from '../api/test-robot.ts';
import { errorText } from '../../../lib/error-text.ts';
import { TestOutcome } from './test-outcome.tsx';

export function RobotCard({
  robot,
  onEdit,
  onDelete,
}: {
  robot: Robot;
  onEdit: (robot: Robot) => void;
  onDelete: (robot: Robot) => void;
}) {
  const { t } = useTranslation('robots');
  const headingId = useId();
  const test = useTestRobot();
  const [result, setResult] = useState<RobotTestResult | null>(null);

  const runTest = async () => {
    setResult(null);
    try {
      setResult(await test.run(robot.id));
    } catch {
      // The failure is in test.error and shown below.
    }
  };

  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId}>
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="h6" component="h2" sx={{ wordBreak: 'break-word' }}>
            {robot.name}
          </Typography>
          {robot.sandbox && <Chip size="small" color="secondary" label={t('card.sandbox')} />}
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
          <Chip size="small" variant="outlined" label={t('card.token', { hint: `…${robot.tokenHint}` })} />
          <Chip
            size="small"
            variant="outlined"
            color={robot.hasSecret ? 'success' : 'default'}
            label={robot.hasSecret ? t('card.signed') : t('card.unsigned')}
          />
          {robot.coalesce && <Chip size="small" variant="outlined" color="info" label={t('card.coalesce')} />}
        </Stack>
        <Typography variant="body2" color="text.secondary" component="div">
          <Box component="span" sx={{ mr: 1 }}>
            {t('card.keywords')}
          </Box>
          {robot.keywords.length === 0 ? (
            t('card.noKeywords')
          ) : (
            <Box
              component="ul"
              sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5, m: 0, p: 0, listStyle: 'none' }}
            >
              {robot.keywords.map((keyword) => (
                <li key={keyword}>
                  <Chip size="small" label={keyword} />
                </li>
              ))}
            </Box>
          )}
        </Typography>
        {robot.sandbox && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('card.sandboxNote')}
          </Typography>
        )}
        <Box aria-live="polite" sx={{ mt: result || test.error ? 1.5 : 0 }}>
          {result && <TestOutcome result={result} onClose={() => setResult(null)} />}
          {!!test.error && (
            <Alert severity="error" onClose={test.reset}>
              {errorText(test.error, t)}
            </Alert>
          )}
        </Box>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
        <Button variant="outlined" size="small" onClick={runTest} disabled={test.pending}>
          {test.pending ? t('actions.testing') : t('actions.test')}
        </Button>
        <Button size="small" onClick={() => onEdit(robot)}>
          {t('actions.edit')}
        </Button>
        {!robot.sandbox && (
          <Button size="small" color="error" onClick={() => onDelete(robot)}>
            {t('actions.delete')}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}
