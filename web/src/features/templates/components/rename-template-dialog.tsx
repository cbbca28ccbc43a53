import { templateInputSchema, type Template } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateTemplate } from '../api/update-template.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';

const renameSchema = templateInputSchema.pick({ name: true, description: true });

export function RenameTemplateDialog({
  template,
  onClose,
  onSaved,
}: {
  template: Template;
  onClose: () => void;
  onSaved: (template: Template) => void;
}) {
  const { t } = useTranslation('templates');
  const update = useUpdateTemplate();
  const form = useForm({
    resolver: zodResolver(renameSchema),
    mode: 'onTouched',
    defaultValues: { name: template.name, description: template.description },
  });
  const { register, formState } = form;
  const { formError, submitWith } = useFormSave(form, ['name', 'description'], t, 'failed');

  const submit = submitWith(async (values) => {
    onSaved(await update.run(template.id, values));
  });

  return (
    <FormDialog
      title={t('rename.title')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('rename.save')}
      pendingLabel={t('rename.saving')}
      pending={update.pending}
      error={formError}
      dirty={formState.isDirty}
    >
      <TextField
        label={t('rename.name')}
        required
        autoFocus
        {...register('name')}
        error={!!formState.errors.name}
        helperText={formState.errors.name?.message}
      />
      <TextField
        label={t('rename.description')}
        multiline
        minRows={2}
        {...register('description')}
        error={!!formState.errors.description}
        helperText={formState.errors.description?.message}
      />
    </FormDialog>
  );
}
