import type { Template } from '@dingpost/shared';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadStatus } from '../../../components/load-status.tsx';
import { useFocusPageHeading } from '../../../hooks/use-focus-page-heading.ts';
import { PageContainer } from '../../../components/page-container.tsx';
import { useCreateTemplate } from '../api/create-template.ts';
import { deleteTemplate } from '../api/delete-template.ts';
import { useRobots } from '../api/get-robots.ts';
import { useTemplates } from '../api/get-templates.ts';
import { RenameTemplateDialog } from '../components/rename-template-dialog.tsx';
import { SendTemplateDialog } from '../components/send-template-dialog.tsx';
import { TemplateCard, type TemplateAction } from '../components/template-card.tsx';
import { VariablesDialog } from '../components/variables-dialog.tsx';
import { composerNewHref } from '../../../lib/composer-load.ts';
import { errorText } from '../../../lib/error-text.ts';
import { matchesSearch } from '../utils/template-variables.ts';
import { EmptyState } from '../../../components/empty-state.tsx';

type Dialog = { kind: Exclude<TemplateAction, 'duplicate'>; template: Template } | null;

export function TemplatesPage() {
  const { t } = useTranslation('templates');
  const templates = useTemplates();
  const robots = useRobots();
  const duplicate = useCreateTemplate();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [dialog, setDialog] = useState<Dialog>(null);
  const [duplicatingId, setDuplicatingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusHeading = useFocusPageHeading();
  const all = templates.data;
  const shown = all?.filter((template) => matchesSearch(template, query));

  const setQuery = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('q', value);
    else next.delete('q');
    setParams(next, { replace: true });
  };

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    templates.reload();
  };

  const onAction = async (action: TemplateAction, template: Template) => {
    if (action !== 'duplicate') {
      setDialog({ kind: action, template });
      return;
    }
    setDuplicatingId(template.id);
    try {
      const copy = await duplicate.run({
        name: t('copyName', { name: template.name }).slice(0, 100),
        description: template.description,
        message: template.message,
        variables: template.variables,
      });
      done(t('duplicated', { name: copy.name }));
    } catch (error) {
      setNotice(t('failed', { message: errorText(error, t) }));
    } finally {
      setDuplicatingId(null);
    }
  };

  return (
    <PageContainer
      title={t('title')}
      maxWidth="md"
      actions={
        // Templates are written in the composer; it keeps the current draft one Undo away.
        <Button component={RouterLink} to={composerNewHref('template')} variant="contained" startIcon={<AddIcon />}>
          {t('new')}
        </Button>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('intro', { example: '{{name}}' })}
      </Typography>
      <Box role="search" sx={{ mb: 2 }}>
        <TextField
          type="search"
          label={t('search')}
          helperText={t('searchHelp')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          fullWidth
        />
      </Box>

      <LoadStatus
        error={templates.error}
        loading={all === undefined && templates.loading}
        onRetry={templates.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {all?.length === 0 && (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <Button component={RouterLink} to="/" variant="contained">
              {t('empty.compose')}
            </Button>
          }
        />
      )}
      {all && all.length > 0 && shown?.length === 0 && (
        <Box sx={{ textAlign: 'center', py: 4 }}>
          <Typography sx={{ mb: 1 }} role="status">
            {t('noResults', { query })}
          </Typography>
          <Button variant="outlined" onClick={() => setQuery('')}>
            {t('clearSearch')}
          </Button>
        </Box>
      )}
      {shown && shown.length > 0 && (
        <Stack component="section" aria-label={t('listLabel')} spacing={1.5}>
          {shown.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              duplicating={duplicatingId === template.id}
              onAction={(action, tpl) => void onAction(action, tpl)}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'send' && (
        <SendTemplateDialog template={dialog.template} robots={robots.data ?? []} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'variables' && (
        <VariablesDialog
          template={dialog.template}
          onClose={() => setDialog(null)}
          onSaved={(tpl) => done(t('saved', { name: tpl.name }))}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameTemplateDialog
          template={dialog.template}
          onClose={() => setDialog(null)}
          onSaved={(tpl) => done(t('saved', { name: tpl.name }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('confirmDelete.title', { name: dialog.template.name })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          failedText={(error) => t('failed', { message: errorText(error, t) })}
          onConfirm={async () => {
            await deleteTemplate(dialog.template.id);
            done(t('deleted', { name: dialog.template.name }));
            focusHeading();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </PageContainer>
  );
}
