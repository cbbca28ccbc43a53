import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { urlHasScheme } from '@dingpost/shared/wire/urls';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clickToSendLink, markdownLink, sidePanelLink } from '../../utils/link-helper.ts';
import { DialogForm } from '../../../../components/dialog-form.tsx';

type Mode = 'page' | 'send';

/** Builds DingTalk-only links: open a page inside DingTalk, or click to send a message (markdown only). */
export function LinkHelperDialog({
  open,
  initialText,
  allowSend,
  onClose,
  onInsert,
}: {
  open: boolean;
  initialText: string;
  allowSend: boolean;
  onClose: () => void;
  onInsert: (markdown: string) => void;
}) {
  const { t } = useTranslation('composer');
  const [mode, setMode] = useState<Mode>('page');
  const [text, setText] = useState(initialText);
  const [url, setUrl] = useState('');
  const [pcSlide, setPcSlide] = useState(true);
  const [content, setContent] = useState('');
  const urlOk = urlHasScheme(url, ['http:', 'https:']);
  const href = mode === 'page' ? (urlOk ? sidePanelLink(url, pcSlide) : '') : content ? clickToSendLink(content) : '';
  const label = text || (mode === 'send' ? content : url);
  const result = href ? markdownLink(label, href) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result) onInsert(result);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="link-helper-title">
      <DialogForm onSubmit={submit} noValidate>
        <DialogTitle id="link-helper-title">{t('linkHelper.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormControl>
              <FormLabel id="link-helper-mode">{t('linkHelper.mode')}</FormLabel>
              <RadioGroup
                aria-labelledby="link-helper-mode"
                value={mode}
                onChange={(event) => setMode(event.target.value as Mode)}
              >
                <FormControlLabel value="page" control={<Radio />} label={t('linkHelper.modePage')} />
                <FormControlLabel
                  value="send"
                  control={<Radio />}
                  label={t('linkHelper.modeSend')}
                  disabled={!allowSend}
                />
              </RadioGroup>
              {!allowSend ? (
                <Typography variant="caption" color="text.secondary">
                  {t('linkHelper.sendOnlyMarkdown')}
                </Typography>
              ) : null}
            </FormControl>
            <TextField
              label={t('linkHelper.text')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {mode === 'page' ? (
              <>
                <TextField
                  label={t('linkHelper.url')}
                  value={url}
                  placeholder="https://"
                  onChange={(event) => setUrl(event.target.value)}
                  error={url !== '' && !urlOk}
                  helperText={url !== '' && !urlOk ? t('linkHelper.urlInvalid') : t('linkHelper.urlHint')}
                  slotProps={{ inputLabel: { shrink: true } }}
                  autoFocus
                />
                <FormControlLabel
                  control={<Checkbox checked={pcSlide} onChange={(event) => setPcSlide(event.target.checked)} />}
                  label={t('linkHelper.pcSlide')}
                />
              </>
            ) : (
              <TextField
                label={t('linkHelper.content')}
                value={content}
                onChange={(event) => setContent(event.target.value)}
                helperText={t('linkHelper.contentHint')}
                slotProps={{ inputLabel: { shrink: true } }}
                autoFocus
              />
            )}
            <TextField
              label={t('linkHelper.result')}
              value={result}
              slotProps={{
                input: { readOnly: true, sx: { fontFamily: 'monospace', fontSize: 13 } },
                inputLabel: { shrink: true },
              }}
              multiline
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!result}>
            {t('linkHelper.insert')}
          </Button>
        </DialogActions>
      </DialogForm>
    </Dialog>
  );
}
