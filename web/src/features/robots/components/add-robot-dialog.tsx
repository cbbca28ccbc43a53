import { robotCreateSchema, type Robot } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateRobot } from '../api/create-robot.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { CoalesceSwitch } from './coalesce-switch.tsx';
import { KeywordsField } from './keywords-field.tsx';

const FIELDS = ['name', 'webhook', 'secret', 'keywords', 'coalesce'] as const;

/** Empty means "not signed": the schema's secret is optional, not an empty string. */
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

export function AddRobotDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (robot: Robot) => void }) {
  const { t } = useTranslation('robots');
  const create = useCreateRobot();
  const form = useForm({
    resolver: zodResolver(robotCreateSchema),
    mode: 'onTouched',
    defaultValues: { name: '', webhook: '', secret: undefined, keywords: [], coalesce: false },
  });
  const { register, control, formState } = form;
  const { formError, submitWith } = useFormSave(form, FIELDS, t, 'form.failed');

  const submit = submitWith(async (values) => {
    onCreated(await create.run(values));
  });

  return (
    <FormDialog
      title={t('form.addTitle')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('form.submitAdd')}
      pendingLabel={t('form.saving')}
      pending={create.pending}
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
      <TextField
        label={t('form.webhook')}
        required
        multiline
        minRows={2}
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false } }}
        {...register('webhook')}
        error={!!formState.errors.webhook}
        helperText={formState.errors.webhook?.message ?? t('form.webhookHelp')}
      />
      <TextField
        label={t('form.secret')}
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false } }}
        {...register('secret', { setValueAs: emptyToUndefined })}
        error={!!formState.errors.secret}
        helperText={formState.errors.secret?.message ?? t('form.secretHelp')}
      />
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
      <Controller
        control={control}
        name="coalesce"
        render={({ field }) => <CoalesceSwitch checked={field.value ?? false} onChange={field.onChange} />}
      />
      <Alert severity="info">{t('form.tokensNote')}</Alert>
    </FormDialog>
  );
}
