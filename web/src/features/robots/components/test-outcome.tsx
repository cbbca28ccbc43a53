import type { RobotTestResult } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { dingtalkAnswerText } from '../../../lib/dingtalk-answer-text.ts';

/** What the test send did, in the reader's language, with DingTalk's raw answer beneath for reference. */
export function TestOutcome({ result, onClose }: { result: RobotTestResult; onClose: () => void }) {
  const { t } = useTranslation('robots');
  const explanation = result.explanation?.[currentLang()];
  return (
    <Alert
      severity={result.ok ? 'success' : 'error'}
      onClose={onClose}
      slotProps={{ closeButton: { 'aria-label': t('test.dismiss'), title: t('test.dismiss') } }}
    >
      <AlertTitle>{result.ok ? t('test.ok') : t('test.failed')}</AlertTitle>
      {explanation && <Typography variant="body2">{explanation}</Typography>}
      {!result.ok && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
          {dingtalkAnswerText(t, result.errcode, result.errmsg)}
        </Typography>
      )}
    </Alert>
  );
}
