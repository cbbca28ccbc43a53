import { MAX_KEYWORDS } from '@dingpost/shared';
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import type { FieldError, Merge } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type KeywordsError = Merge<FieldError, (FieldError | undefined)[]> | undefined;

/** The first message among the list's own error and its items' errors. */
function messageOf(error: KeywordsError): string | undefined {
  if (!error) return undefined;
  if (error.message) return error.message;
  if (Array.isArray(error)) return error.find((item) => item?.message)?.message;
  return undefined;
}

/** Keywords as chips: type one and press Enter (or leave the field) to add it; Backspace removes the last. */
export function KeywordsField({
  value,
  onChange,
  onBlur,
  error,
  disabled,
  inputRef,
}: {
  value: string[];
  onChange: (keywords: string[]) => void;
  onBlur: () => void;
  error: KeywordsError;
  disabled?: boolean;
  /** The text input, for react-hook-form to focus when the keywords are what a save refused. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('robots');
  const message = messageOf(error);
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={[] as string[]}
      value={value}
      disabled={disabled}
      onChange={(_event, next) => {
        const cleaned = [...new Set(next.map((k) => k.trim()).filter(Boolean))];
        onChange(cleaned);
      }}
      onBlur={onBlur}
      renderValue={(keywords, getItemProps) =>
        keywords.map((keyword, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              label={keyword}
              {...itemProps}
              aria-label={keyword}
              title={t('form.keywordRemove', { keyword })}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('form.keywords')}
          error={message !== undefined}
          helperText={message ?? t('form.keywordsHelp', { max: MAX_KEYWORDS })}
        />
      )}
    />
  );
}
