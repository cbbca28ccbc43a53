import { templateInputSchema, type Template } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateTemplate } from '../api/update-template.ts';
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
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="rename-template-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="rename-template-title">{t('rename.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
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
            {formErrors.length > 0 && (
              <Alert severity="error" role="alert">
                {t('failed', { message: formErrors.join('; ') })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={update.pending}>
            {update.pending ? t('rename.saving') : t('rename.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
