import type {
  ActionCardMessage,
  LinkMessage,
  MarkdownMessage,
  MessageKind,
  TextMessage,
} from '@dingpost/shared/wire/message';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useFormContext } from 'react-hook-form';
import { ButtonList } from '../fields/button-list.tsx';
import { FeedLinksList } from '../fields/feed-links-list.tsx';
import { FormTextField } from '../fields/form-text-field.tsx';
import { ImageUrlField } from '../fields/image-url-field.tsx';
import { MarkdownField } from '../fields/markdown-field.tsx';
import { MentionsEditor } from '../fields/mentions-editor.tsx';
import { UrlField } from '../fields/url-field.tsx';

function TextFields() {
  const { t } = useTranslation('composer');
  return (
    <Stack spacing={2}>
      <FormTextField<TextMessage>
        name="text.content"
        label={t('fields.content')}
        textareaRows={8}
        helperText={t('fields.textHint')}
      />
      <MentionsEditor contentField="text.content" />
    </Stack>
  );
}

function LinkFields() {
  const { t } = useTranslation('composer');
  return (
    <Stack spacing={2}>
      <FormTextField<LinkMessage> name="link.title" label={t('fields.title')} />
      <FormTextField<LinkMessage>
        name="link.text"
        label={t('fields.content')}
        multiline
        minRows={3}
        maxRows={10}
        helperText={t('fields.linkTextHint')}
      />
      <UrlField<LinkMessage> name="link.messageUrl" label={t('fields.messageUrl')} />
      <ImageUrlField<LinkMessage> name="link.picUrl" label={t('fields.picUrl')} helperText={t('fields.optional')} />
    </Stack>
  );
}

function MarkdownFields() {
  const { t } = useTranslation('composer');
  return (
    <Stack spacing={2}>
      <FormTextField<MarkdownMessage>
        name="markdown.title"
        label={t('fields.title')}
        helperText={t('fields.titleHint')}
      />
      <MarkdownField<MarkdownMessage> name="markdown.text" label={t('fields.content')} allowClickToSend />
      <MentionsEditor contentField="markdown.text" />
    </Stack>
  );
}

function OrientationField() {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<ActionCardMessage>();
  const labelId = useId();
  return (
    <Controller
      control={control}
      name="actionCard.btnOrientation"
      render={({ field }) => (
        <FormControl>
          <FormLabel id={labelId}>{t('fields.orientation')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={labelId}
            name={field.name}
            value={field.value ?? '0'}
            onChange={(event) => field.onChange(event.target.value)}
          >
            <FormControlLabel value="0" control={<Radio />} label={t('fields.vertical')} />
            <FormControlLabel value="1" control={<Radio />} label={t('fields.horizontal')} />
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}

function ActionCardFields({ whole }: { whole: boolean }) {
  const { t } = useTranslation('composer');
  return (
    <Stack spacing={2}>
      <FormTextField<ActionCardMessage>
        name="actionCard.title"
        label={t('fields.title')}
        helperText={t('fields.titleHint')}
      />
      <MarkdownField<ActionCardMessage> name="actionCard.text" label={t('fields.content')} allowClickToSend={false} />
      {whole ? (
        <>
          <FormTextField<ActionCardMessage> name="actionCard.singleTitle" label={t('fields.singleTitle')} />
          <UrlField<ActionCardMessage> name="actionCard.singleURL" label={t('fields.singleURL')} />
        </>
      ) : (
        <>
          <OrientationField />
          <ButtonList />
        </>
      )}
    </Stack>
  );
}

/** The fields of one kind; the values they edit are the wire message itself. */
export function KindFields({ kind }: { kind: MessageKind }) {
  switch (kind) {
    case 'text':
      return <TextFields />;
    case 'link':
      return <LinkFields />;
    case 'markdown':
      return <MarkdownFields />;
    case 'actionCardWhole':
      return <ActionCardFields whole />;
    case 'actionCardIndependent':
      return <ActionCardFields whole={false} />;
    case 'feedCard':
      return <FeedLinksList />;
  }
}
