import { apiKeyCreateSchema, type ApiKeyCreated } from '@dingpost/shared/api/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useFormSave } from '../../../hooks/use-form-save.ts';
import { useCreateApiKey } from '../api/create-api-key.ts';
import { getRobots } from '../api/get-robots.ts';
import { curlExample } from '../utils/curl-example.ts';
import { CopyField } from './copy-field.tsx';

/** Step one asks for a name; step two shows the new token, once, with a curl example that uses it. */
export function CreateApiKeyDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (created: ApiKeyCreated) => void;
}) {
  const { t } = useTranslation('api-keys');
  const create = useCreateApiKey();
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const form = useForm({ resolver: zodResolver(apiKeyCreateSchema), mode: 'onTouched', defaultValues: { name: '' } });
  const { register, formState } = form;
  const { formError, submitWith } = useFormSave(form, ['name'], t, 'create.failed');

  const submit = submitWith(async (values) => {
    const answer = await create.run(values);
    setCreated(answer);
    onCreated(answer);
  });

  if (created)
    return (
      <Dialog
        open
        // The token is shown only here: a stray click beside the dialog must not lose it.
        onClose={(_, reason) => {
          if (reason !== 'backdropClick') onClose();
        }}
        fullWidth
        maxWidth="md"
        aria-labelledby="create-api-key-title"
      >
        <DialogTitle id="create-api-key-title">{t('created.title', { name: created.apiKey.name })}</DialogTitle>
        <DialogContent>
          <NewToken created={created} />
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>
            {t('created.done')}
          </Button>
        </DialogActions>
      </Dialog>
    );
  return (
    <FormDialog
      title={t('create.title')}
      maxWidth="md"
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('create.submit')}
      pendingLabel={t('create.saving')}
      pending={create.pending}
      error={formError}
      dirty={formState.isDirty}
    >
      <TextField
        label={t('create.name')}
        required
        autoFocus
        autoComplete="off"
        {...register('name')}
        error={!!formState.errors.name}
        helperText={formState.errors.name?.message ?? t('create.nameHelp')}
      />
      <Typography variant="body2" color="text.secondary">
        {t('scope')}
      </Typography>
    </FormDialog>
  );
}

function NewToken({ created }: { created: ApiKeyCreated }) {
  const { t } = useTranslation('api-keys');
  const [robotId, setRobotId] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getRobots(controller.signal).then(
      (robots) => {
        if (!controller.signal.aborted) setRobotId((robots.find((robot) => robot.sandbox) ?? robots[0])?.id ?? null);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return (
    <Stack spacing={2}>
      <Alert severity="warning">
        <AlertTitle>{t('created.warningTitle')}</AlertTitle>
        {t('created.warning')}
      </Alert>
      <CopyField label={t('created.token')} value={created.token} />
      <CopyField
        label={t('created.curl')}
        value={curlExample(window.location.origin, created.token, robotId ?? '<robot id>')}
        multiline
      />
      <Typography variant="body2" color="text.secondary">
        {robotId ? t('created.curlNote') : t('created.curlNoteNoRobot')} {t('scope')}
      </Typography>
    </Stack>
  );
}
