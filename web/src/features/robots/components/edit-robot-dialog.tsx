import { robotUpdateSchema, type Robot, type RobotUpdate } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateRobot } from '../api/update-robot.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { CoalesceSwitch } from './coalesce-switch.tsx';
import { KeywordsField } from './keywords-field.tsx';

const FIELDS = ['name', 'webhook', 'secret', 'keywords', 'coalesce'] as const;

/** An empty replacement field means "keep what is stored". */
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/**
 * Edits a robot. The stored token and secret are never shown: the webhook and secret fields only take
 * replacements. The Sandbox robot's credentials and keywords belong to dingpost, so only its name and
 * digest setting are editable.
 */
export function EditRobotDialog({
  robot,
  onClose,
  onSaved,
}: {
  robot: Robot;
  onClose: () => void;
  onSaved: (robot: Robot) => void;
}) {
  const { t } = useTranslation('robots');
  const update = useUpdateRobot();
  const [removeSecret, setRemoveSecret] = useState(false);
  const form = useForm({
    resolver: zodResolver(robotUpdateSchema),
    mode: 'onTouched',
    defaultValues: {
      name: robot.name,
      webhook: undefined,
      secret: undefined,
      keywords: robot.keywords,
      coalesce: robot.coalesce,
    },
  });
  const { register, control, formState } = form;
  const { formError, submitWith } = useFormSave(form, FIELDS, t, 'form.failed');

  const submit = submitWith(async (values) => {
    const patch: RobotUpdate = {};
    if (values.name !== undefined && values.name !== robot.name) patch.name = values.name;
    if (values.coalesce !== undefined && values.coalesce !== robot.coalesce) patch.coalesce = values.coalesce;
    if (!robot.sandbox) {
      if (values.keywords && values.keywords.join('\n') !== robot.keywords.join('\n')) patch.keywords = values.keywords;
      if (values.webhook) patch.webhook = values.webhook;
      if (removeSecret) patch.secret = null;
      else if (values.secret) patch.secret = values.secret;
    }
    onSaved(Object.keys(patch).length === 0 ? robot : await update.run(robot.id, patch));
  });

  return (
    <FormDialog
      title={t('form.editTitle')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('form.submitEdit')}
      pendingLabel={t('form.saving')}
      pending={update.pending}
      error={formError}
      dirty={formState.isDirty}
    >
      <TextField
        label={t('form.name')}
        required
        autoFocus
        {...register('name')}
        error={!!formState.errors.name}
        helperText={formState.errors.name?.message ?? t('form.nameHelp')}
      />
      {robot.sandbox ? (
        <Alert severity="info">{t('form.sandboxLocked')}</Alert>
      ) : (
        <>
          <TextField
            label={t('form.webhookReplace')}
            multiline
            minRows={2}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
            {...register('webhook', { setValueAs: emptyToUndefined })}
            error={!!formState.errors.webhook}
            helperText={
              formState.errors.webhook?.message ?? t('form.webhookReplaceHelp', { hint: `…${robot.tokenHint}` })
            }
          />
          <TextField
            label={t('form.secretReplace')}
            autoComplete="off"
            disabled={removeSecret}
            slotProps={{ htmlInput: { spellCheck: false } }}
            {...register('secret', { setValueAs: emptyToUndefined })}
            error={!!formState.errors.secret}
            helperText={formState.errors.secret?.message ?? t('form.secretReplaceHelp')}
          />
          {robot.hasSecret && (
            <FormControlLabel
              control={<Checkbox checked={removeSecret} onChange={(event) => setRemoveSecret(event.target.checked)} />}
              label={t('form.removeSecret')}
            />
          )}
          <Controller
            control={control}
            name="keywords"
            render={({ field, fieldState }) => (
              <KeywordsField
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error}
              />
            )}
          />
        </>
      )}
      <Controller
        control={control}
        name="coalesce"
        render={({ field }) => <CoalesceSwitch checked={field.value ?? false} onChange={field.onChange} />}
      />
      {!robot.sandbox && <Alert severity="info">{t('form.tokensNote')}</Alert>}
    </FormDialog>
  );
}
