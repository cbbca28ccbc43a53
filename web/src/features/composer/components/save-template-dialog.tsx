import type { Template } from '@dingpost/shared/api/templates';
import { findPlaceholders, placeholderUses } from '@dingpost/shared/templates/render';
import { renderWithSamples } from '@dingpost/shared/templates/sample-render';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/index.ts';
import { useDiscardGuard } from '../../../components/discard-changes.tsx';
import { IssueList } from '../../../components/issue-list.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { createTemplate } from '../api/templates.ts';
import { firstIssuePerField, placedIssue } from '../../../lib/field-place.ts';
import { toWire } from '../utils/message-model.ts';
import { DialogForm } from '../../../components/dialog-form.tsx';

type VariableDraft = { label: string; default: string; sample: string };

/**
 * Saves the message as a template. Every {{placeholder}} in it becomes a variable; a sample value lets
 * the server check the message renders (a {{url}} needs a URL as its sample).
 */
export function SaveTemplateDialog({
  message,
  onClose,
  onSaved,
}: {
  message: DingtalkMessage;
  onClose: () => void;
  onSaved: (template: Template) => void;
}) {
  const { t } = useTranslation('composer');
  const wire = useMemo(() => toWire(message), [message]);
  const names = useMemo(() => findPlaceholders(wire), [wire]);
  // Written like placeholders but no variable's name ({{who-2}}): the server refuses the template.
  const mistyped = useMemo(
    () => [...new Set(placeholderUses(wire).flatMap((use) => (use.name === null ? [use.text] : [])))],
    [wire],
  );
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [variables, setVariables] = useState<Record<string, VariableDraft>>({});
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<unknown>();
  /** What DingTalk would refuse in the message with the samples filled in: "place：problem", one per field. */
  const [sampleIssues, setSampleIssues] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  // As in every FormDialog: Escape or a click beside the dialog asks before throwing typed input away.
  const dirty =
    name !== '' ||
    description !== '' ||
    Object.values(variables).some((draft) => Object.values(draft).some((value) => value !== ''));
  const { requestClose, prompt } = useDiscardGuard(dirty, onClose);

  const variable = (key: string): VariableDraft => variables[key] ?? { label: '', default: '', sample: '' };
  const setVariable = (key: string, part: keyof VariableDraft, value: string) => {
    setVariables((all) => ({ ...all, [key]: { ...variable(key), [part]: value } }));
    setSampleIssues([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('template.nameRequired'));
      return;
    }
    const toSave = names.map((key) => ({ name: key, ...variable(key) }));
    // The server's own check, run here first so that what it would refuse is said in the reader's language.
    const { parsed } = renderWithSamples(wire, toSave);
    if (parsed && !parsed.success) {
      setSampleIssues(firstIssuePerField(parsed.error.issues).map((issue) => placedIssue(issue, t)));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const template = await createTemplate({ name: name.trim(), description, message: wire, variables: toSave });
      onSaved(template);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={saving ? undefined : requestClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="save-template-title"
    >
      <DialogForm onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="save-template-title">{t('template.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('template.name')}
              value={name}
              required
              autoFocus
              onChange={(event) => {
                setName(event.target.value);
                setNameError(undefined);
              }}
              error={Boolean(nameError)}
              helperText={nameError}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('template.description')}
              value={description}
              multiline
              minRows={2}
              onChange={(event) => setDescription(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {mistyped.length > 0 ? (
              <Alert severity="warning">
                {t('template.notPlaceholders', {
                  list: listOf(mistyped),
                  example: '{{姓名}}',
                })}
              </Alert>
            ) : null}
            {names.length === 0 && mistyped.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('template.noVariables', { example: '{{name}}' })}
              </Typography>
            ) : null}
            {names.length > 0 ? (
              <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
                  {t('template.variables', { count: names.length })}
                </Typography>
                <Stack spacing={1.5}>
                  {names.map((key) => (
                    <Box
                      key={key}
                      sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}
                    >
                      <TextField
                        label={t('template.varLabel', { name: key })}
                        helperText={t('common:variableHelp.label')}
                        value={variable(key).label}
                        onChange={(event) => setVariable(key, 'label', event.target.value)}
                        slotProps={{ inputLabel: { shrink: true } }}
                      />
                      <TextField
                        label={t('template.varDefault', { name: key })}
                        helperText={t('common:variableHelp.default')}
                        value={variable(key).default}
                        onChange={(event) => setVariable(key, 'default', event.target.value)}
                        slotProps={{ inputLabel: { shrink: true } }}
                      />
                      <TextField
                        label={t('template.varSample', { name: key })}
                        helperText={t('common:variableHelp.sample')}
                        value={variable(key).sample}
                        onChange={(event) => setVariable(key, 'sample', event.target.value)}
                        slotProps={{ inputLabel: { shrink: true } }}
                      />
                    </Box>
                  ))}
                </Stack>
              </Box>
            ) : null}
            {sampleIssues.length > 0 ? (
              <Alert severity="error" role="alert">
                {t('template.samplesRefused')}
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {sampleIssues.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </Box>
              </Alert>
            ) : null}
            {error ? (
              <Alert severity="error" role="alert">
                {isApiError(error) ? error.message : String(error)}
                {isApiError(error) ? <IssueList issues={error.issues} /> : null}
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {t('template.save')}
          </Button>
        </DialogActions>
      </DialogForm>
      {prompt}
    </Dialog>
  );
}
