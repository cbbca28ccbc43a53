import type { Template } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { useDeleteTemplate } from '../api/delete-template.ts';
import { errorText } from '../../../lib/error-text.ts';

export function DeleteTemplateDialog({
  template,
  onClose,
  onDeleted,
}: {
  template: Template;
  onClose: () => void;
  onDeleted: (template: Template) => void;
}) {
  const { t } = useTranslation('templates');
  const remove = useDeleteTemplate();
  const confirm = async () => {
    try {
      await remove.run(template.id);
      onDeleted(template);
    } catch {
      // Shown from remove.error.
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-template-title" aria-describedby="delete-template-body">
      <DialogTitle id="delete-template-title">{t('confirmDelete.title', { name: template.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-template-body">{t('confirmDelete.body')}</DialogContentText>
        {remove.error !== undefined && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {t('failed', { message: errorText(remove.error, t) })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common:actions.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={remove.pending}>
          {t('confirmDelete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
