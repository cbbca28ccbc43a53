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
import { messageSummary } from '../../../lib/message-summary.ts';

/** How much of the message's title or first line names its buttons to a screen reader. */
const NAME_CHARS = 40;

/** One received message: rendered as the group sees it, with its exact JSON one click away. */
export function SandboxMessageCard({ item, robotName }: { item: SandboxMessage; robotName: string }) {
  const { t } = useTranslation('sandbox');
  const [showJson, setShowJson] = useState(false);
  const [copied, setCopied] = useState(false);
  const jsonId = useId();
  const headingId = useId();
  const json = JSON.stringify(item.message, null, 2);
  const time = formatTime(item.receivedAt, currentLang());
  const kind = messageKindLabel(item.message, t);
  // Every card has the same buttons: their accessible names also say which message they belong to,
  // starting with the visible label (so voice control still finds them by what is shown).
  const about = messageSummary(item.message, NAME_CHARS) || kind;
  const nameFor = (visible: string) => t('ofMessage', { what: visible, message: about, time });

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
          <time dateTime={item.receivedAt}>{t('receivedAt', { time })}</time>
          {' · '}
          {kind}
        </Typography>
        <MessagePreview message={item.message} robotName={robotName} />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
          <Button
            size="small"
            aria-expanded={showJson}
            aria-controls={showJson ? jsonId : undefined}
            aria-label={nameFor(showJson ? t('hideJson') : t('showJson'))}
            onClick={() => setShowJson((shown) => !shown)}
          >
            {showJson ? t('hideJson') : t('showJson')}
          </Button>
          {showJson && (
            <Button size="small" onClick={copy} aria-label={nameFor(copied ? t('copied') : t('copyJson'))}>
              {copied ? t('copied') : t('copyJson')}
            </Button>
          )}
        </Box>
        {showJson && (
          <Box
            component="pre"
            id={jsonId}
            aria-label={nameFor(t('jsonLabel'))}
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
