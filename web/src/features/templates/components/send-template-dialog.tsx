import { MAX_BODY_BYTES, templateRenderInputSchema, type Delivery, type Robot, type Template } from '@dingpost/shared';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { zodResolver } from '@hookform/resolvers/zod';
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
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/index.ts';
import { placedIssue } from '../../../lib/field-place.ts';
import type { z } from 'zod';
import { useSendTemplate } from '../api/send-template.ts';
import { useRevalidateOnLanguageChange } from '../../../hooks/use-revalidate-on-language-change.ts';
import { applyServerIssues } from '../../../lib/form-issues.ts';
import { sendErrorText } from '../../../lib/send-error-text.ts';
import { renderForPreview, valuesToSend, variableLabel } from '../utils/template-variables.ts';
import { DeliveryOutcome } from '../../../components/delivery-outcome.tsx';
import { useDiscardGuard } from '../../../components/discard-changes.tsx';
import { RenderedPreview } from './rendered-preview.tsx';
import { DialogForm } from '../../../components/dialog-form.tsx';

const valuesSchema = templateRenderInputSchema.required();
type Values = z.input<typeof valuesSchema>;

/** The robot to offer first: the Sandbox robot on a fresh install, else the first one. */
function defaultRobotId(robots: readonly Robot[]): string {
  return (robots.find((r) => r.sandbox) ?? robots[0])?.id ?? '';
}

/**
 * Sends a template: asks for its variables' values (defaults filled in), the robot, shows the exact
 * message the group will get, sends, and tells the outcome. Ctrl/Cmd+Enter sends.
 */
export function SendTemplateDialog({
  template,
  robots,
  onClose,
}: {
  template: Template;
  robots: Robot[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('templates');
  const send = useSendTemplate();
  const [chosenRobotId, setRobotId] = useState<string | null>(null);
  // The robots may still be loading when the dialog opens: fall back to the default until one is chosen.
  const robotId = robots.some((r) => r.id === chosenRobotId) ? chosenRobotId! : defaultRobotId(robots);
  const [outcome, setOutcome] = useState<Delivery | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  // The outcome shows under the preview, which may be taller than the dialog: bring it into sight.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome || formErrors.length > 0) outcomeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome, formErrors]);
  const robot = robots.find((r) => r.id === robotId);
  const form = useForm({
    resolver: zodResolver(valuesSchema),
    defaultValues: { variables: Object.fromEntries(template.variables.map((v) => [v.name, v.default])) },
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const values = useWatch({ control, name: 'variables' }) ?? {};
  useRevalidateOnLanguageChange(form);
  // Once sent, the values did their job: closing needs no question.
  const { requestClose, prompt } = useDiscardGuard(formState.isDirty && !outcome, onClose);

  const rendered = renderForPreview(template, valuesToSend(values), 'default');
  const keywords = robot && rendered.ok ? keywordCheck(rendered.message, robot.keywords) : undefined;

  const submit = handleSubmit(async (submitted) => {
    setFormErrors([]);
    if (!robot) return;
    const chosen = valuesToSend(submitted.variables);
    const check = renderForPreview(template, chosen, 'default');
    if (!check.ok && 'missing' in check) {
      for (const name of check.missing)
        setError(
          `variables.${name}` as Path<Values>,
          { type: 'missing', message: t('send.missingField') },
          { shouldFocus: name === check.missing[0] },
        );
      return;
    }
    // The preview already says why DingTalk would refuse it: say so here too instead of asking the server,
    // whose size error tells the user to cut the message they cannot edit from here.
    if (!check.ok) {
      setFormErrors([
        'tooLong' in check
          ? t('send.tooLong', { max: MAX_BODY_BYTES.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en') })
          : `${t('send.invalid')} ${listOf(check.invalid.map((issue) => placedIssue({ field: issue.path, message: issue.message }, t)))}`,
      ]);
      return;
    }
    try {
      setOutcome(await send.run({ robotId: robot.id, templateId: template.id, variables: chosen }));
    } catch (error) {
      const unmatched = applyServerIssues(error, ['variables'], setError, t);
      if (unmatched.length > 0) setFormErrors([sendErrorText(error, t, robot.keywords)]);
    }
  });

  return (
    <Dialog
      open
      onClose={requestClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="send-template-title"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !outcome && !send.pending) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <DialogForm onSubmit={submit} noValidate>
        <DialogTitle id="send-template-title">{t('send.title', { name: template.name })}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, pt: 1 }}>
            <Stack spacing={2}>
              {robots.length === 0 ? (
                <Alert severity="warning">{t('send.noRobots')}</Alert>
              ) : (
                <TextField
                  select
                  label={t('send.robot')}
                  value={robotId}
                  onChange={(event) => setRobotId(event.target.value)}
                  slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                  disabled={outcome !== null}
                >
                  {robots.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </TextField>
              )}
              {template.variables.length > 0 && (
                <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
                  <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
                    {t('send.values')}
                  </Typography>
                  <Stack spacing={2}>
                    {template.variables.map((variable) => {
                      const error = formState.errors.variables?.[variable.name];
                      const help = variable.default
                        ? t('send.valueHelp', { name: `{{${variable.name}}}`, default: variable.default })
                        : t('send.valueHelpNoDefault', { name: `{{${variable.name}}}` });
                      return (
                        <TextField
                          key={variable.name}
                          label={variableLabel(variable)}
                          // The sample shows what kind of value is wanted; the label stays up so it can be seen.
                          placeholder={
                            variable.sample ? t('send.samplePlaceholder', { sample: variable.sample }) : undefined
                          }
                          slotProps={variable.sample ? { inputLabel: { shrink: true } } : undefined}
                          disabled={outcome !== null}
                          {...register(`variables.${variable.name}`)}
                          error={!!error}
                          helperText={error?.message ?? help}
                        />
                      );
                    })}
                  </Stack>
                </Box>
              )}
            </Stack>
            <Box component="section" aria-labelledby="send-template-preview-heading">
              <Typography id="send-template-preview-heading" variant="subtitle2" component="h3" gutterBottom>
                {t('send.preview')}
              </Typography>
              <RenderedPreview rendered={rendered} variables={template.variables} robotName={robot?.name} />
              {keywords && !keywords.ok && robot && (
                <Alert severity="warning" sx={{ mt: 1 }}>
                  {t('send.keywordMissing', { keywords: robot.keywords.join(' / ') })}
                </Alert>
              )}
            </Box>
          </Box>
          <Box ref={outcomeRef} aria-live="polite" sx={{ mt: 2 }}>
            {outcome && <DeliveryOutcome delivery={outcome} historyLink />}
            {formErrors.length > 0 && (
              <Alert severity="error" role="alert">
                {formErrors.join('; ')}
              </Alert>
            )}
          </Box>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap' }}>
          {outcome ? (
            <Button variant="contained" onClick={onClose} autoFocus>
              {t('send.done')}
            </Button>
          ) : (
            <>
              <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto', pl: 1 }}>
                {t('send.shortcut')}
              </Typography>
              <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={!robot || send.pending}>
                {send.pending ? t('send.sending') : t('send.submit')}
              </Button>
            </>
          )}
        </DialogActions>
      </DialogForm>
      {prompt}
    </Dialog>
  );
}
