import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { isChunkLoadError } from '../lib/chunk-load-error.ts';

interface Props extends WithTranslation {
  children: ReactNode;
}

/** Shows a failed page (a crash, a lazy chunk that did not load) without taking the whole app down. */
class ErrorBoundaryInner extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    const { t, children } = this.props;
    if (!error) return children;
    return (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </Button>
        }
      >
        <strong>{t('error.title')}</strong> {isChunkLoadError(error) ? t('error.pageLoad') : error.message}
      </Alert>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);
