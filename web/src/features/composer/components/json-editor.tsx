import { dingtalkMessageSchema, type DingtalkMessage } from '@dingpost/shared/wire/message';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import ShareIcon from '@mui/icons-material/Share';
import TerminalIcon from '@mui/icons-material/Terminal';
import UploadIcon from '@mui/icons-material/Upload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shareUrl } from '../../../lib/share-link.ts';
import { buildCurl } from '../utils/curl.ts';
import { coerceDraft, droppedPaths, toWire } from '../utils/message-model.ts';
import { copyText, CopyFallbackDialog } from './copy-fallback-dialog.tsx';

type Parse =
  | { ok: true; message: DingtalkMessage; dropped: string[] }
  | { ok: false; reason: 'syntax' | 'not-message'; detail?: string };

function parse(text: string): Parse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  const message = coerceDraft(value);
  return message ? { ok: true, message, dropped: droppedPaths(value, message) } : { ok: false, reason: 'not-message' };
}

export function wireJson(message: DingtalkMessage): string {
  return JSON.stringify(toWire(message), null, 2);
}

/**
 * The exact wire JSON, editable: valid JSON updates the message (and so the form and preview); import,
 * export, copy as cURL and share link work on the same text.
 */
export function JsonEditor({
  initial,
  signed,
  onChange,
  onImport,
  onValidity,
}: {
  /** The message when the tab opened; afterwards this editor's text is the source. */
  initial: DingtalkMessage;
  /** The selected robot signs its requests: the cURL gets timestamp/sign placeholders. */
  signed: boolean;
  onChange: (message: DingtalkMessage) => void;
  onImport: (message: DingtalkMessage) => void;
  /** Whether the text is a message: while it is not, the message held outside is an older one. */
  onValidity: (ok: boolean) => void;
}) {
  const { t, i18n } = useTranslation('composer');
  const [text, setText] = useState(() => wireJson(initial));
  const [message, setMessage] = useState(initial);
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<{ title: string; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parse(text), [text]);
  const issues = useMemo(() => {
    if (!parsed.ok) return [];
    const result = dingtalkMessageSchema.safeParse(toWire(parsed.message));
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '—'}: ${issue.message}`);
    // zod writes its messages in the current language: recompute when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parsed, i18n.language]);

  useEffect(() => onValidity(parsed.ok), [parsed.ok, onValidity]);

  const edit = (next: string) => {
    setText(next);
    const result = parse(next);
    if (result.ok) {
      setMessage(result.message);
      onChange(result.message);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const content = await file.text();
    const result = parse(content);
    if (result.ok && result.dropped.length > 0) {
      // Kept here as text, like a paste, so the warning below says what the file had that is not sent.
      edit(content);
      setStatus(t('json.imported', { name: file.name }));
    } else if (result.ok) {
      setStatus(t('json.imported', { name: file.name }));
      onImport(result.message);
    } else {
      setText(content);
      setStatus(t('json.importFailed', { name: file.name }));
    }
  };

  const exportFile = () => {
    const blob = new Blob([wireJson(message) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `dingpost-${message.msgtype}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t('json.exported'));
  };

  const copy = async (what: 'json' | 'curl' | 'share') => {
    const wire = toWire(message);
    const content =
      what === 'json'
        ? wireJson(message)
        : what === 'curl'
          ? buildCurl(wire, { signed })
          : shareUrl(window.location.origin, wire);
    if (await copyText(content)) setStatus(t(`json.copied_${what}`));
    else setFallback({ title: t(`json.copy_${what}`), text: content });
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button size="small" variant="outlined" startIcon={<UploadIcon />} onClick={() => fileInput.current?.click()}>
          {t('json.import')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('json.import')}
          onChange={(event) => void importFile(event)}
        />
        <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={exportFile}>
          {t('json.export')}
        </Button>
        <Button size="small" variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copy('json')}>
          {t('json.copy_json')}
        </Button>
        <Button size="small" variant="outlined" startIcon={<TerminalIcon />} onClick={() => void copy('curl')}>
          {t('json.copy_curl')}
        </Button>
        <Button size="small" variant="outlined" startIcon={<ShareIcon />} onClick={() => void copy('share')}>
          {t('json.copy_share')}
        </Button>
      </Box>
      <Typography variant="body2" role="status" sx={{ minHeight: '1.5em' }} color="text.secondary">
        {status}
      </Typography>
      <TextField
        label={t('json.label')}
        value={text}
        onChange={(event) => edit(event.target.value)}
        multiline
        minRows={14}
        maxRows={32}
        fullWidth
        error={!parsed.ok}
        helperText={
          parsed.ok
            ? t('json.hint')
            : parsed.reason === 'syntax'
              ? t('json.syntax', { detail: parsed.detail })
              : t('json.notMessage')
        }
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: {
            spellCheck: false,
            style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 },
          },
        }}
      />
      {parsed.ok && parsed.dropped.length > 0 ? (
        <Alert severity="warning">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('json.dropped')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {parsed.dropped.map((path) => (
              <li key={path}>{path}</li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {issues.length > 0 ? (
        <Alert severity="warning">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('json.issues')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {fallback ? <CopyFallbackDialog {...fallback} onClose={() => setFallback(null)} /> : null}
    </Box>
  );
}
