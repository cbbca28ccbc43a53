import type { ActionCardMessage } from '@dingpost/shared/wire/message';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyButton } from '../../utils/message-model.ts';
import { ArrayError } from './array-error.tsx';
import { FormTextField } from './form-text-field.tsx';
import { RowControls } from './row-controls.tsx';
import { UrlField } from './url-field.tsx';

/** ActionCard (independent jump) buttons: each opens its own link. */
export function ButtonList() {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<ActionCardMessage>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'actionCard.btns' as never });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('fields.buttons')}
      </Typography>
      <Stack spacing={1.5}>
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <Paper key={field.id} variant="outlined" sx={{ p: 1.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
                <Typography variant="body2" sx={{ flex: 1, fontWeight: 600 }}>
                  {t('fields.buttonN', { n })}
                </Typography>
                <RowControls
                  index={index}
                  count={fields.length}
                  labels={{
                    up: t('fields.moveButtonUp', { n }),
                    down: t('fields.moveButtonDown', { n }),
                    remove: t('fields.removeButton', { n }),
                  }}
                  onMove={move}
                  onRemove={remove}
                />
              </Box>
              <Stack spacing={1.5}>
                <FormTextField<ActionCardMessage>
                  name={`actionCard.btns.${index}.title`}
                  label={t('fields.buttonNTitle', { n })}
                />
                <UrlField<ActionCardMessage>
                  name={`actionCard.btns.${index}.actionURL`}
                  label={t('fields.buttonNUrl', { n })}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <ArrayError<ActionCardMessage> name="actionCard.btns" />
      <Button startIcon={<AddIcon />} onClick={() => append(emptyButton() as never)} sx={{ mt: 1 }}>
        {t('fields.addButton')}
      </Button>
    </Box>
  );
}
