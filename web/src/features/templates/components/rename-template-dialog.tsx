import { templateInputSchema, type Template } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateTemplate } from '../api/update-template.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useRevalidateOnLanguageChange } from '../../../hooks/use-revalidate-on-language-change.ts';
import { applyServerIssues } from '../../../lib/form-issues.ts';

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
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    resolver: zodResolver(renameSchema),
    mode: 'onTouched',
    defaultValues: { name: template.name, description: template.description },
  });
  const { register, handleSubmit, setError, formState } = form;
  useRevalidateOnLanguageChange(form);

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      onSaved(await update.run(template.id, values));
    } catch (error) {
      setFormErrors(applyServerIssues(error, ['name', 'description'], setError, t));
    }
  });

  return (
    <FormDialog
      title={t('rename.title')}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('rename.save')}
      pendingLabel={t('rename.saving')}
      pending={update.pending}
      error={formErrors.length > 0 ? t('failed', { message: formErrors.join('; ') }) : undefined}
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
