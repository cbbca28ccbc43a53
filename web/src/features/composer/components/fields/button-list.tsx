import type { ActionCardMessage } from '@dingpost/shared/wire/message';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { emptyButton } from '../../utils/message-model.ts';
import { ArrayError } from './array-error.tsx';
import { FormTextField } from './form-text-field.tsx';
import { ReorderableList } from './reorderable-list.tsx';
import { UrlField } from './url-field.tsx';

/** ActionCard (independent jump) buttons: each opens its own link. */
export function ButtonList() {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<ActionCardMessage>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'actionCard.btns' as never });
  return (
    <ReorderableList
      legend={t('fields.buttons')}
      items={fields}
      heading={(n) => t('fields.buttonN', { n })}
      controlLabels={(n) => ({
        up: t('fields.moveButtonUp', { n }),
        down: t('fields.moveButtonDown', { n }),
        remove: t('fields.removeButton', { n }),
      })}
      onMove={move}
      onRemove={remove}
      renderFields={(index, n) => (
        <>
          <FormTextField<ActionCardMessage>
            name={`actionCard.btns.${index}.title`}
            label={t('fields.buttonNTitle', { n })}
          />
          <UrlField<ActionCardMessage>
            name={`actionCard.btns.${index}.actionURL`}
            label={t('fields.buttonNUrl', { n })}
          />
        </>
      )}
      error={<ArrayError<ActionCardMessage> name="actionCard.btns" />}
      addLabel={t('fields.addButton')}
      onAdd={() => append(emptyButton() as never)}
    />
  );
}
