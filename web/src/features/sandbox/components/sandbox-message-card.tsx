import type { SandboxMessage } from '@dingpost/shared';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { MessagePreview } from '../../preview/index.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { messageKindLabel } from '../../../lib/message-kind.ts';

/** One received message: rendered as the group sees it, with its exact JSON one click away. */
export function SandboxMessageCard({ item, robotName }: { item: SandboxMessage; robotName: string }) {
  const { t } = useTranslation('sandbox');
  const [showJson, setShowJson] = useState(false);
  const [copied, setCopied] = useState(false);
  const jsonId = useId();
  const headingId = useId();
  const json = JSON.stringify(item.message, null, 2);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId} data-testid="sandbox-message">
      <CardContent>
        <Typography id={headingId} component="h2" variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
          <time dateTime={item.receivedAt}>
            {t('receivedAt', { time: formatTime(item.receivedAt, currentLang()) })}
          </time>
          {' · '}
          {messageKindLabel(item.message, t)}
        </Typography>
        <MessagePreview message={item.message} robotName={robotName} />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
          <Button
            size="small"
            aria-expanded={showJson}
            aria-controls={showJson ? jsonId : undefined}
            onClick={() => setShowJson((shown) => !shown)}
          >
            {showJson ? t('hideJson') : t('showJson')}
          </Button>
          {showJson && (
            <Button size="small" onClick={copy}>
              {copied ? t('copied') : t('copyJson')}
            </Button>
          )}
        </Box>
        {showJson && (
          <Box
            component="pre"
            id={jsonId}
            aria-label={t('jsonLabel')}
            tabIndex={0}
            data-testid="sandbox-message-json"
            sx={{
              mt: 1,
              p: 1.5,
              borderRadius: 1,
              bgcolor: 'action.hover',
              overflowX: 'auto',
              fontSize: 13,
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
            }}
          >
            {json}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
