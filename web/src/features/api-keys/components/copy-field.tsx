import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Read-only text (a token, a command) with a copy button. Where the clipboard is refused, the text is
 * selected instead and the user is asked to press Ctrl+C.
 */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useTranslation('api-keys');
  const labelId = useId();
  const statusId = useId();
  const text = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  const selectText = () => {
    const node = text.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      selectText();
      setState('manual');
    }
  };

  return (
    <Box>
      <Typography id={labelId} variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {label}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <Box
          ref={text}
          component="pre"
          tabIndex={0}
          role="textbox"
          aria-readonly
          aria-multiline={multiline}
          aria-labelledby={labelId}
          aria-describedby={statusId}
          onFocus={selectText}
          sx={{
            m: 0,
            p: 1,
            flexGrow: 1,
            minWidth: 0,
            width: { xs: '100%', sm: 'auto' },
            fontFamily: 'monospace',
            fontSize: 13,
            whiteSpace: multiline ? 'pre-wrap' : 'pre',
            wordBreak: 'break-all',
            overflowX: 'auto',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            bgcolor: 'action.hover',
            '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
          }}
        >
          {value}
        </Box>
        <Button
          variant="outlined"
          startIcon={<ContentCopyIcon aria-hidden />}
          onClick={() => void copy()}
          sx={{ flexShrink: 0 }}
        >
          {t('copy.button', { what: label })}
        </Button>
      </Box>
      <Typography id={statusId} variant="body2" color="text.secondary" role="status" sx={{ minHeight: 20, mt: 0.5 }}>
        {state === 'copied' ? t('copy.copied') : state === 'manual' ? t('copy.manual') : ''}
      </Typography>
    </Box>
  );
}
