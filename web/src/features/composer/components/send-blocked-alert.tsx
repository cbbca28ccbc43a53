import { MAX_BODY_BYTES } from '@dingpost/shared/wire/limits';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { SendBlocker } from '../utils/send-blocker.ts';

const KEYS = {
  'json-syntax': 'send.jsonSyntax',
  fields: 'send.invalidForm',
  'json-issues': 'send.invalidJson',
} as const;

/** Why pressing Send did not open the confirmation, in words that point at the fix. */
export function SendBlockedAlert({ blocker }: { blocker: SendBlocker }) {
  const { t, i18n } = useTranslation('composer');
  const format = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en');
  return (
    <Alert severity="error" role="alert">
      {blocker.reason === 'too-long'
        ? t('send.tooLong', {
            bytes: format(blocker.bytes),
            max: format(MAX_BODY_BYTES),
            over: format(blocker.bytes - MAX_BODY_BYTES),
          })
        : t(KEYS[blocker.reason])}
    </Alert>
  );
}
