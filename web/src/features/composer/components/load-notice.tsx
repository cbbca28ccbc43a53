import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import type { useComposerMessage } from '../hooks/use-composer-message.ts';

/** Says where the message in the composer came from (draft, share link, template…) or why it could not load. */
export function LoadNotice({
  loaded,
  onNew,
}: {
  loaded: ReturnType<typeof useComposerMessage>['loaded'];
  onNew: () => void;
}) {
  const { t } = useTranslation('composer');
  const [dismissed, setDismissed] = useState<unknown>(null);
  if (dismissed === loaded) return null;
  if (loaded.failure)
    return (
      <Alert severity="warning" onClose={() => setDismissed(loaded)}>
        {t(`load.failed_${loaded.failure.source}`)}
        {isApiError(loaded.failure.error) ? ` ${loaded.failure.error.message}` : ''}
      </Alert>
    );
  if (!loaded.source) return null;
  return (
    <Alert
      severity="info"
      onClose={() => setDismissed(loaded)}
      action={
        loaded.source === 'draft' ? (
          <Button color="inherit" size="small" onClick={onNew}>
            {t('load.new')}
          </Button>
        ) : undefined
      }
    >
      {t(`load.${loaded.source}`, { example: '{{name}}' })}
    </Alert>
  );
}
