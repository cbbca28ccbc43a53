import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/error-text.ts';

/**
 * A list's loading state: why it could not load (`failedText` gets the failure in words) with a Retry
 * button, and a spinner while `loading` (pass it only while there is nothing to show yet).
 */
export function LoadStatus({
  error,
  loading,
  onRetry,
  failedText,
}: {
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  failedText: (message: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error !== undefined && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={onRetry}>
              {t('common:actions.retry')}
            </Button>
          }
        >
          {failedText(errorText(error, t))}
        </Alert>
      )}
      {loading && (
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
          <CircularProgress aria-label={t('common:loading')} />
        </Box>
      )}
    </>
  );
}
