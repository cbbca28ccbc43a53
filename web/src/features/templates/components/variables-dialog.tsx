import { templateInputSchema, type Template } from '@dingpost/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import DialogContentText from '@mui/material/DialogContentText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateTemplate } from '../api/update-template.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { editableVariables, renderForPreview } from '../utils/template-variables.ts';
import { RenderedPreview } from './rendered-preview.tsx';

const variablesSchema = templateInputSchema.pick({ variables: true });
const EXAMPLE = '{{name}}';

/**
 * Label, default and sample for every {{placeholder}} the template's message uses; variables the message
 * no longer uses are listed so they can be removed. The preview shows the message with the samples.
 */
export function VariablesDialog({
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
  const [initial] = useState(() => editableVariables(template.message, template.variables));
  const unusedNames = new Set(initial.filter((v) => v.unused).map((v) => v.name));
  const form = useForm({
    resolver: zodResolver(variablesSchema),
    defaultValues: { variables: initial.map(({ unused: _unused, ...variable }) => variable) },
  });
  const { register, control, formState } = form;
  const { fields, remove } = useFieldArray({ control, name: 'variables' });
  const watched = useWatch({ control, name: 'variables' });
  const { formError, submitWith } = useFormSave(form, ['variables'], t, 'failed');

  const variables = (watched ?? []).map((v) => ({
    name: v.name,
    label: v.label ?? '',
    default: v.default ?? '',
    sample: v.sample ?? '',
  }));
  const rendered = renderForPreview({ message: template.message, variables }, {}, 'sample');

  const submit = submitWith(async (values) => {
    onSaved(await update.run(template.id, { variables: values.variables }));
  });

  return (
    <FormDialog
      title={t('variables.title', { name: template.name })}
      maxWidth="md"
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('variables.save')}
      pendingLabel={t('variables.saving')}
      pending={update.pending}
      error={formError}
      dirty={formState.isDirty}
    >
      <DialogContentText>
        {fields.length > 0 ? t('variables.intro', { example: EXAMPLE }) : t('variables.none', { example: EXAMPLE })}
      </DialogContentText>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <Stack spacing={2}>
          {fields.map((field, index) => {
            const errors = formState.errors.variables?.[index];
            return (
              <Box
                key={field.id}
                component="fieldset"
                aria-label={t('variables.variableGroup', { name: field.name })}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0, minWidth: 0 }}
              >
                <Box
                  component="legend"
                  sx={{ px: 0.5, display: 'flex', alignItems: 'center', gap: 1, fontFamily: 'monospace' }}
                >
                  {`{{${field.name}}}`}
                </Box>
                {unusedNames.has(field.name) && (
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
                    <Chip size="small" color="warning" label={t('variables.unused')} />
                    <IconButton
                      size="small"
                      aria-label={t('variables.remove', { name: field.name })}
                      title={t('variables.remove', { name: field.name })}
                      onClick={() => remove(index)}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Box>
                )}
                <Stack spacing={1.5}>
                  <TextField
                    label={t('variables.label')}
                    {...register(`variables.${index}.label`)}
                    error={!!errors?.label}
                    helperText={errors?.label?.message ?? t('common:variableHelp.label')}
                  />
                  <TextField
                    label={t('variables.default')}
                    {...register(`variables.${index}.default`)}
                    error={!!errors?.default}
                    helperText={errors?.default?.message ?? t('common:variableHelp.default')}
                  />
                  <TextField
                    label={t('variables.sample')}
                    {...register(`variables.${index}.sample`)}
                    error={!!errors?.sample}
                    helperText={errors?.sample?.message ?? errors?.name?.message ?? t('common:variableHelp.sample')}
                  />
                </Stack>
              </Box>
            );
          })}
        </Stack>
        <Box component="section" aria-labelledby="variables-preview-heading">
          <Typography id="variables-preview-heading" variant="subtitle2" component="h3" gutterBottom>
            {t('variables.preview')}
          </Typography>
          <RenderedPreview rendered={rendered} variables={variables} />
        </Box>
      </Box>
    </FormDialog>
  );
}
