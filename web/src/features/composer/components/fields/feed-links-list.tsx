import type { FeedCardMessage } from '@dingpost/shared/wire/message';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyFeedLink } from '../../utils/message-model.ts';
import { ArrayError } from './array-error.tsx';
import { FormTextField } from './form-text-field.tsx';
import { ImageUrlField } from './image-url-field.tsx';
import { ReorderableList } from './reorderable-list.tsx';
import { UrlField } from './url-field.tsx';

/** FeedCard items: the first shows large, the rest as rows. */
export function FeedLinksList() {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<FeedCardMessage>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'feedCard.links' });
  return (
    <ReorderableList
      legend={t('fields.feedItems')}
      items={fields}
      heading={(n) => (
        <>
          {t('fields.itemN', { n })}
          {n === 1 ? (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {t('fields.itemLarge')}
            </Typography>
          ) : null}
        </>
      )}
      controlLabels={(n) => ({
        up: t('fields.moveItemUp', { n }),
        down: t('fields.moveItemDown', { n }),
        remove: t('fields.removeItem', { n }),
      })}
      onMove={move}
      onRemove={remove}
      renderFields={(index, n) => (
        <>
          <FormTextField<FeedCardMessage>
            name={`feedCard.links.${index}.title`}
            label={t('fields.itemNTitle', { n })}
          />
          <UrlField<FeedCardMessage> name={`feedCard.links.${index}.messageURL`} label={t('fields.itemNUrl', { n })} />
          <ImageUrlField<FeedCardMessage> name={`feedCard.links.${index}.picURL`} label={t('fields.itemNPic', { n })} />
        </>
      )}
      error={<ArrayError<FeedCardMessage> name="feedCard.links" />}
      addLabel={t('fields.addItem')}
      onAdd={() => append(emptyFeedLink())}
    />
  );
}
