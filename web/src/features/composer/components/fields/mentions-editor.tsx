import { atMobileSchema, atUserIdSchema } from '@dingpost/shared/wire/message';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput } from '../../../../components/text-input.tsx';
import { appendMention, removeMention } from '../../utils/mentions.ts';

/** The form values this editor touches, whatever the kind (text or markdown). */
type MentionValues = {
  at?: { atMobiles?: string[]; atUserIds?: string[]; isAtAll?: boolean };
} & Record<string, unknown>;

type ListName = 'at.atMobiles' | 'at.atUserIds';

function MentionList({ list, contentField }: { list: ListName; contentField: string }) {
  const { t } = useTranslation('composer');
  const { control, getValues, setValue } = useFormContext<MentionValues>();
  const ids = (useWatch({ control, name: list }) as string[] | undefined) ?? [];
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const inputId = useId();
  const kind = list === 'at.atMobiles' ? 'mobile' : 'userId';
  const schema = kind === 'mobile' ? atMobileSchema : atUserIdSchema;

  const add = (event?: FormEvent) => {
    event?.preventDefault();
    const id = draft.trim().replace(/^@/, '');
    if (!id) return;
    const parsed = schema.safeParse(id);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setDraft('');
    if (!ids.includes(id)) setValue(list, [...ids, id], { shouldDirty: true });
    // DingTalk notifies no one unless the @id is also in the content.
    const content = String(getValues(contentField) ?? '');
    setValue(contentField, appendMention(content, id), { shouldDirty: true, shouldValidate: true });
  };

  const remove = (id: string) => {
    setValue(
      list,
      ids.filter((other) => other !== id),
      { shouldDirty: true },
    );
    // The @id that adding wrote into the content would now notify no one: take it back too.
    const content = String(getValues(contentField) ?? '');
    const next = removeMention(content, id);
    if (next !== content) setValue(contentField, next, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextInput
          id={inputId}
          label={t(`mentions.${kind}`)}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add(event);
          }}
          error={Boolean(error)}
          helperText={error ?? t(`mentions.${kind}Hint`)}
          inputProps={{ inputMode: kind === 'mobile' ? 'tel' : 'text' }}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        <Button variant="outlined" onClick={() => add()} sx={{ mt: 0.25, flex: 'none' }}>
          {t(`mentions.add_${kind}`)}
        </Button>
      </Box>
      {ids.length > 0 ? (
        <Box
          component="ul"
          aria-label={t(`mentions.${kind}List`)}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mt: 1 }}
        >
          {ids.map((id) => (
            <li key={id}>
              <Chip
                label={`@${id}`}
                size="small"
                aria-label={t('mentions.remove', { id })}
                onDelete={() => remove(id)}
              />
            </li>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

/** @-mentions: mobiles and user ids as chips, and @everyone. */
export function MentionsEditor({ contentField }: { contentField: 'text.content' | 'markdown.text' }) {
  const { t } = useTranslation('composer');
  const { control, setValue } = useFormContext<MentionValues>();
  const isAtAll = useWatch({ control, name: 'at.isAtAll' }) === true;
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('mentions.title')}
      </Typography>
      <Stack spacing={1.5}>
        <MentionList list="at.atMobiles" contentField={contentField} />
        <MentionList list="at.atUserIds" contentField={contentField} />
        <FormControlLabel
          control={
            <Switch
              checked={isAtAll}
              onChange={(event) => setValue('at.isAtAll', event.target.checked, { shouldDirty: true })}
            />
          }
          label={t('mentions.all')}
        />
      </Stack>
    </Box>
  );
}
