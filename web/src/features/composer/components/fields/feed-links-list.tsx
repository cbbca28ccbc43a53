import type { FeedCardMessage } from '@dingpost/shared/wire/message';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyFeedLink } from '../../utils/message-model.ts';
import { ArrayError } from './array-error.tsx';
import { FormTextField } from './form-text-field.tsx';
import { ImageUrlField } from './image-url-field.tsx';
import { RowControls } from './row-controls.tsx';
import { UrlField } from './url-field.tsx';

/** FeedCard items: the first shows large, the rest as rows. */
export function FeedLinksList() {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<FeedCardMessage>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'feedCard.links' });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('fields.feedItems')}
      </Typography>
      <Stack spacing={1.5}>
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <Paper key={field.id} variant="outlined" sx={{ p: 1.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
                <Typography variant="body2" sx={{ flex: 1, fontWeight: 600 }}>
                  {t('fields.itemN', { n })}
                  {index === 0 ? (
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {t('fields.itemLarge')}
                    </Typography>
                  ) : null}
                </Typography>
                <RowControls
                  index={index}
                  count={fields.length}
                  labels={{
                    up: t('fields.moveItemUp', { n }),
                    down: t('fields.moveItemDown', { n }),
                    remove: t('fields.removeItem', { n }),
                  }}
                  onMove={move}
                  onRemove={remove}
                />
              </Box>
              <Stack spacing={1.5}>
                <FormTextField<FeedCardMessage>
                  name={`feedCard.links.${index}.title`}
                  label={t('fields.itemNTitle', { n })}
                />
                <UrlField<FeedCardMessage>
                  name={`feedCard.links.${index}.messageURL`}
                  label={t('fields.itemNUrl', { n })}
                />
                <ImageUrlField<FeedCardMessage>
                  name={`feedCard.links.${index}.picURL`}
                  label={t('fields.itemNPic', { n })}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <ArrayError<FeedCardMessage> name="feedCard.links" />
      <Button startIcon={<AddIcon />} onClick={() => append(emptyFeedLink())} sx={{ mt: 1 }}>
        {t('fields.addItem')}
      </Button>
    </Box>
  );
}
